package io.hfmine.cli.commands.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import io.hfmine.cli.commands.issues.IssueRows;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The LLM path end to end against a fake OpenAI-compatible server: validate gates classify. */
class AnnotateValidateCommandTest {
  private static final String PILOT = "id,url,title,body_excerpt,ptm,themes,subthemes,type,annotator,note\r\n"
      + "acme/chat#1,,,,yes,,HR.MEM,bug,,\r\nacme/chat#2,,,,yes,,RC.ACCESS,question,,\r\nother/site#7,,,,no,,,bug,,\r\n";

  @TempDir
  Path work;

  private final MockWebServer server = new MockWebServer();
  private CliRun last;
  private Path config;
  private boolean wrongAboutTheFooter;
  private String thinking;
  private boolean cutOffWhileThinking;
  private boolean modelGone;

  @BeforeEach
  void start() throws Exception {
    server.setDispatcher(new Dispatcher() {
      @Override
      public MockResponse dispatch(RecordedRequest request) {
        String body = request.getBody().readUtf8();
        String answer = body.contains("CUDA out of memory") ? "PTM: yes\\nSUBTHEMES: HR.MEM\\nTYPE: bug"
            : body.contains("gated model") ? "PTM: yes\\nSUBTHEMES: RC.ACCESS\\nTYPE: question"
            : wrongAboutTheFooter ? "PTM: yes\\nSUBTHEMES: MU.GUI\\nTYPE: bug" : "PTM: no\\nSUBTHEMES: none\\nTYPE: bug";
        if (modelGone) {
          return new MockResponse().setResponseCode(404).setBody("{\"error\":{\"message\":\"model 'fake-8b' not found\"}}");
        }
        if (cutOffWhileThinking) {
          return new MockResponse().setBody("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":null,"
              + "\"reasoning_content\":\"Let me read the guidelines first\"},\"finish_reason\":\"length\"}]}");
        }
        if (thinking != null) {
          answer = "<think>\\n" + thinking + "\\n</think>\\n\\n" + answer.replaceAll("(PTM|SUBTHEMES|TYPE):", "**$1:**");
        }
        return new MockResponse().setBody("{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":\"" + answer + "\"}}]}");
      }
    });
    server.start();
    config = work.resolve("study.yaml");
    Files.writeString(config, "llm-client:\n  endpoint: " + server.url("/") + "\n  model: fake-8b\n"
        + "  max-retries: 0\n  timeout-seconds: 5\n");
    IssueRows.insertSample(work);
    Files.writeString(work.resolve("pilot.csv"), PILOT);
  }

  @AfterEach
  void stop() throws Exception {
    server.shutdown();
  }

  private int run(String... args) {
    last = CliRun.of(CliRun.concat(
        new String[] {"--work-dir", work.toString(), "--config", config.toString(), "--quiet"}, args));
    return last.exitCode();
  }

  @Test
  void llmLabellingIsRefusedUntilThePromptPassesValidation() {
    assertThat(run("issues", "classify", "--method", "llm")).isEqualTo(2);
    assertThat(last.err()).contains("has not passed a pilot validation");

    assertThat(run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString())).isZero();
    assertThat(last.out()).contains("kappa ptm           1.000 on 3 issues", "result              passed");

    assertThat(run("issues", "classify", "--method", "llm")).isZero();
    assertThat(last.out()).contains("method    llm", "ptm       2", "theme     RC   1");
  }

  @Test
  void rerunCostsNoRequestsThanksToTheCache() {
    run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString());
    int requests = server.getRequestCount();

    run("issues", "classify", "--method", "llm");

    assertThat(requests).isEqualTo(3);
    assertThat(server.getRequestCount()).isEqualTo(3);
  }

  @Test
  void validationBelowThresholdFailsAndKeepsTheGateClosed() {
    wrongAboutTheFooter = true;

    assertThat(run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString())).isEqualTo(1);
    assertThat(last.out()).contains("kappa ptm           0.000", "result              FAILED");
    assertThat(run("issues", "classify", "--method", "llm")).isEqualTo(2);
  }

  @Test
  void aThinkingModelThatAnswersInMarkdownLabelsLikeAnyOther() {
    thinking = "The guidelines say PTM: yes when a pre-trained model is reused. TYPE: question?";

    assertThat(run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString())).isZero();
    assertThat(last.out()).contains("kappa ptm           1.000 on 3 issues", "result              passed");
    assertThat(run("issues", "classify", "--method", "llm")).isZero();
    assertThat(last.out()).contains("ptm       2", "theme     RC   1");
  }

  @Test
  void aModelCutOffWhileThinkingIsReportedWithTheSettingToRaise() {
    cutOffWhileThinking = true;

    assertThat(run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString())).isEqualTo(1);
    assertThat(last.err()).contains("stopped at max_tokens (200) before it answered, having spent them on its reasoning");
    assertThat(server.getRequestCount()).as("one request per issue, none repeated").isEqualTo(3);
  }

  @Test
  void aRunWhoseEndpointStopsAnsweringStopsAfterFiveIssuesInARowKeepingWhatItLabelled() {
    assertThat(run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString())).isZero();
    String[][] more = new String[8][];
    for (int i = 0; i < more.length; i++) {
      more[i] = new String[] {"zeta/app", Integer.toString(i + 1), "Crash number " + (i + 1), "It crashed.", "bug"};
    }
    IssueRows.insert(work, more);
    int before = server.getRequestCount();
    modelGone = true;

    assertThat(run("issues", "classify", "--method", "llm")).isEqualTo(3);

    assertThat(last.err()).contains("model 'fake-8b' not found", "5 issue(s) not labelled",
        "stopped after 5 issues in a row could not be labelled; 3 issue(s) not tried");
    assertThat(server.getRequestCount() - before).as("one request for each of the five, none after").isEqualTo(5);
    assertThat(last.out()).as("the pilot's three, answered from the cache, are labelled").contains("issues    11",
        "ptm       2");
  }

  @Test
  void fourRequestsAtOnceLabelAsOneAtATimeDoes() throws Exception {
    Files.writeString(config, Files.readString(config) + "  concurrency: 4\n");

    assertThat(run("annotate", "validate", "--pilot", work.resolve("pilot.csv").toString())).isZero();
    assertThat(run("issues", "classify", "--method", "llm")).isZero();

    assertThat(last.out()).contains("method    llm", "issues    3", "ptm       2", "theme     HR   1", "theme     RC   1");
  }
}
