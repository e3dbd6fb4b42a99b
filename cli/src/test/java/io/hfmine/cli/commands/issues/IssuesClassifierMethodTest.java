package io.hfmine.cli.commands.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesClassifierMethodTest {
  @TempDir
  Path work;

  private CliRun last;

  private int run(String... args) {
    last = CliRun.quietIn(work, args);
    return last.exitCode();
  }

  private Path labelledStudy() throws Exception {
    IssueRows.insert(work,
        new String[] {"a/x", "1", "CUDA out of memory on 8GB card", "torch.cuda.OutOfMemoryError: CUDA out of memory", ""},
        new String[] {"a/x", "2", "OOM when loading the 13B model", "Process killed, out of memory, 16 GB RAM", ""},
        new String[] {"a/x", "3", "VRAM usage too high with SDXL", "Memory usage reaches 11 GB of VRAM, then OOM", ""},
        new String[] {"a/x", "4", "Memory leak while transcribing", "RAM usage grows with every file until out of memory", ""},
        new String[] {"c/z", "5", "Cannot access gated repo", "GatedRepoError: 401 Client Error. Access to model denied", ""},
        new String[] {"c/z", "6", "Where do I put my HF token?", "The gated model needs a token, use_auth_token fails", ""},
        new String[] {"c/z", "7", "Private model returns 401", "huggingface-cli login done but access denied to the private repo", ""},
        new String[] {"c/z", "8", "Request access to the llama weights", "The gated repo says I need to request access", ""},
        new String[] {"b/y", "1", "Footer links broken", "Terms link returns 404", ""},
        new String[] {"b/y", "2", "Dark mode please", "A dark theme for the settings page", ""},
        new String[] {"d/w", "3", "Login fails after Flask upgrade", "werkzeug BuildError on the login page", ""},
        new String[] {"d/w", "4", "Typo in CONTRIBUTING", "recieve should be receive", ""});
    StringBuilder csv = new StringBuilder("id,ptm,subthemes,type\n");
    for (int i = 1; i <= 4; i++) {
      csv.append("a/x#").append(i).append(",yes,HR.MEM,bug\n");
    }
    for (int i = 5; i <= 8; i++) {
      csv.append("c/z#").append(i).append(",yes,RC.ACCESS,question\n");
    }
    csv.append("b/y#1,no,,bug\nb/y#2,no,,enhancement\nd/w#3,no,,bug\nd/w#4,no,,bug\n");
    Path file = work.resolve("labelled.csv");
    Files.writeString(file, csv.toString());
    return file;
  }

  @Test
  void crossValidationPrintsPerLabelScores() throws Exception {
    Path labelled = labelledStudy();

    assertThat(run("--config", wordsOnly().toString(), "issues", "classify", "--method", "classifier", "--train",
        labelled.toString(), "--cross-validate", "2")).isZero();

    assertThat(last.out()).contains("classifier (2-fold cross-validation, folds by repository), 12 gold issues")
        .containsPattern("ptm\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+\\d\\.\\d{3}\\s+8").contains("HR", "RC", "macro-F1");
  }

  @Test
  void aTrainedClassifierIsStoredWrittenAsJsonAndLabelsTheIssues() throws Exception {
    Path labelled = labelledStudy();
    Path model = work.resolve("model.json");

    assertThat(run("--config", wordsOnly().toString(), "issues", "classify", "--method", "classifier", "--train",
        labelled.toString(), "--model-out", model.toString(), "--repo", "a/x")).isZero();

    assertThat(last.out()).contains("method    classifier", "issues    4", "ptm       4", "theme     HR   4");
    assertThat(last.err()).contains("12 issues (8 PTM-related)");
    assertThat(model).content().contains("\"format\" : \"hfmine-issue-classifier/1\"", "\"labels\" : \"labelled.csv\"");
  }

  @Test
  void theShippedClassifierLabelsIssuesWithoutAnyTraining() {
    IssueRows.insertSample(work);

    assertThat(run("issues", "classify", "--method", "classifier")).isZero();

    assertThat(last.out()).contains("method    classifier", "issues    3");
    assertThat(run("issues", "list", "--repo", "acme/chat")).isZero();
    assertThat(last.out()).contains("classifier");
  }

  @Test
  void theAnnotatorOptionBelongsToTraining() {
    assertThat(run("issues", "classify", "--method", "classifier", "--annotator", "alice")).isEqualTo(2);
    assertThat(last.err()).contains("--annotator, --model-out and --train-only go with --train FILE.csv");
  }

  // A study file that trains on words and cues only: the tests need no sentence-embedding model.
  private Path wordsOnly() throws Exception {
    Path config = work.resolve("words-only.yaml");
    Files.writeString(config, "issues:\n  classifier:\n    embeddings: false\n    min-positives: 2\n");
    return config;
  }
}
