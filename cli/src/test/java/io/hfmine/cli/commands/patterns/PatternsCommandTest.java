package io.hfmine.cli.commands.patterns;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.patterns.Usage;
import io.hfmine.analyzers.patterns.synthetic.PlantedUsages;
import io.hfmine.cli.CliRun;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PatternsCommandTest {
  private static final String MODEL = "google-bert/bert-base-uncased";

  @TempDir
  Path workDir;

  private CliRun last;

  @BeforeEach
  void storeUsages() {
    List<Usage> usages = PlantedUsages.generate(MODEL, 120, 4, 11).stream().map(PlantedUsages.Planted::usage).toList();
    try (Store store = Store.openIn(workDir)) {
      store.transaction(connection -> {
        try (PreparedStatement insert = connection.prepareStatement(
            "INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind,"
                + " model_literal, model_id, resolution, keyword_args, api_sequence, snippet, extracted_at)"
                + " VALUES (?, ?, ?, 'sha', 'python', ?, 0, ?, ?, ?, ?, ?, 'literal', ?, ?, ?, ?)")) {
          for (Usage usage : usages) {
            insert.setString(1, usage.usageId());
            insert.setString(2, usage.repository());
            insert.setString(3, usage.path());
            insert.setInt(4, usage.line());
            insert.setString(5, usage.library());
            insert.setString(6, usage.api());
            insert.setString(7, usage.kind());
            insert.setString(8, usage.modelId());
            insert.setString(9, usage.modelId());
            insert.setArray(10, connection.createArrayOf("VARCHAR", usage.keywordArgs().toArray()));
            insert.setArray(11, connection.createArrayOf("VARCHAR", usage.apiSequence().toArray()));
            insert.setString(12, usage.snippet());
            insert.setTimestamp(13, Timestamp.from(Instant.parse("2026-11-01T00:00:00Z")));
            insert.addBatch();
          }
          insert.executeBatch();
        }
        return null;
      });
    }
  }

  private int run(String... args) {
    last = CliRun.quietIn(workDir, args);
    return last.exitCode();
  }

  private String out() {
    return last.out();
  }

  private String err() {
    return last.err();
  }

  @Test
  void buildStoresPatternsAndPrintsOneLinePerGroup() {
    assertThat(run("patterns", "build", "--model", MODEL)).isZero();

    assertThat(out()).contains("usages").contains("silhouette");
    assertThat(out().lines().filter(line -> line.startsWith(MODEL)).findFirst().orElseThrow())
        .contains(" 120 ").contains("clustered");
    assertThat(err()).contains("1 of 1 groups clustered with kmeans");
  }

  @Test
  void showPrintsPatternsWithRepresentativeSnippets() {
    run("patterns", "build");

    assertThat(run("patterns", "show", MODEL)).isZero();

    assertThat(out()).startsWith("model " + MODEL + ": 120 usages, clustered with kmeans, 4 patterns");
    assertThat(out()).contains("pattern 1: ").contains("  calls:    ").contains("  representative: ")
        .contains("    | x = transformers.");
  }

  @Test
  void showAsJsonIsOneMachineReadableDocument() throws Exception {
    run("patterns", "build", "--algorithm", "hierarchical");

    assertThat(run("patterns", "show", MODEL, "--json")).isZero();

    JsonNode json = new ObjectMapper().readTree(out());
    assertThat(json.path("header").path("algorithm").asText()).isEqualTo("hierarchical");
    assertThat(json.path("patterns").size()).isGreaterThan(1);
    assertThat(json.path("patterns").get(0).path("representative").path("snippet").asText()).isNotBlank();
  }

  /** A real location from the store, as `patterns show` prints it: OWNER/REPO:PATH:LINE. */
  private String representative() {
    run("patterns", "build");
    run("patterns", "show", MODEL);
    return out().lines().filter(line -> line.startsWith("  representative: ")).findFirst().orElseThrow()
        .substring("  representative: ".length());
  }

  @Test
  void similarListsTheNearestUsages() {
    String[] parts = representative().split(":");

    assertThat(run("patterns", "similar", parts[1] + ":" + parts[2], "--repository", parts[0], "--k", "3")).isZero();

    assertThat(out().lines().count()).isEqualTo(4);
    assertThat(err()).contains("among the usages of model " + MODEL);
  }

  @Test
  void similarTakesTheLocationAsItPrintsItAndFileNamesWithUnderscores() {
    String[] parts = representative().split(":");
    try (Store store = Store.openIn(workDir)) {
      store.transaction(connection -> {
        try (PreparedStatement rename = connection.prepareStatement(
            "UPDATE usages SET path = 'src/load_model_v2.py' WHERE repository = ? AND path = ? AND line = ?")) {
          rename.setString(1, parts[0]);
          rename.setString(2, parts[1]);
          rename.setInt(3, Integer.parseInt(parts[2]));
          return rename.executeUpdate();
        }
      });
    }

    assertThat(run("patterns", "similar", parts[0] + ":src/load_model_v2.py:" + parts[2], "--k", "3")).isZero();
    assertThat(err()).contains("usage " + parts[0] + ":src/load_model_v2.py:" + parts[2]);
    assertThat(run("patterns", "similar", "load_model_v2.py:" + parts[2], "--repository", parts[0], "--k", "3")).isZero();
  }

  @Test
  void badInputIsAUsageErrorNamingIt() {
    assertThat(run("patterns", "similar", "app.py", "--k", "3")).isEqualTo(2);
    assertThat(err()).contains("FILE:LINE or OWNER/REPO:PATH:LINE expected, got 'app.py'");

    assertThat(run("patterns", "show", "no/such-model")).isEqualTo(2);
    assertThat(err()).contains("no patterns stored for model no/such-model");

    assertThat(run("patterns", "build", "--model", "no/such-model")).isEqualTo(2);
    assertThat(err()).contains("no usages with model_id [no/such-model]");

    assertThat(run("patterns", "build", "--by", "library", "--model", MODEL)).isEqualTo(2);
  }

  @Test
  void summarizeAsksTheChatEndpointOncePerPatternAndShowsTheSummaries() throws Exception {
    try (okhttp3.mockwebserver.MockWebServer chat = new okhttp3.mockwebserver.MockWebServer()) {
      chat.setDispatcher(new okhttp3.mockwebserver.Dispatcher() {
        @Override
        public okhttp3.mockwebserver.MockResponse dispatch(okhttp3.mockwebserver.RecordedRequest request) {
          return new okhttp3.mockwebserver.MockResponse().setBody(
              "{\"choices\":[{\"message\":{\"role\":\"assistant\",\"content\":"
                  + "\"Loads the model and tokenizer, then classifies text.\"}}]}");
        }
      });
      chat.start();
      Path config = workDir.resolve("study.yaml");
      java.nio.file.Files.writeString(config, "llm-client:\n  endpoint: " + chat.url("/") + "\n  max-retries: 0\n");

      assertThat(run("--config", config.toString(), "patterns", "build", "--summarize")).isZero();
      int patterns = chat.getRequestCount();
      assertThat(patterns).isPositive();
      assertThat(chat.takeRequest().getPath()).isEqualTo("/v1/chat/completions");

      assertThat(run("patterns", "show", MODEL)).isZero();
      assertThat(out()).contains("summary:  Loads the model and tokenizer, then classifies text.");
    }
  }
}
