package io.hfmine.cli.commands.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.cli.CliRun;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IssuesClassifyCommandTest {
  @TempDir
  Path work;

  private CliRun last;

  private int run(String... args) {
    last = CliRun.quietIn(work, args);
    return last.exitCode();
  }

  private String out() {
    return last.out();
  }

  @Test
  void classifyWithRulesStoresLabelsThatListShowsAsJsonLines() {
    IssueRows.insertSample(work);

    assertThat(run("issues", "classify", "--method", "rules")).isZero();
    assertThat(out()).contains("method    rules", "issues    3", "ptm       2", "theme     HR   1", "theme     RC   1");

    assertThat(run("issues", "list", "--json", "--repo", "acme/chat")).isZero();
    assertThat(out().lines()).hasSize(2);
    assertThat(out()).contains("\"id\":\"acme/chat#1\"", "\"rules\":{\"ptm\":true,\"themes\":[\"HR\"]",
        "\"subthemes\":[\"HR.MEM\"]", "\"type\":\"bug\"", "\"HR.MEM\":\"HR.MEM:\\\"out of memory\\\"(title/prose); ");
  }

  @Test
  void rerunReplacesLabelsInsteadOfDuplicatingThem() {
    IssueRows.insertSample(work);

    run("issues", "classify", "--method", "rules");
    run("issues", "classify", "--method", "rules");
    run("issues", "list");

    assertThat(out().lines()).hasSize(3);
    assertThat(out()).contains("other/site#7").contains("acme/chat#2");
  }

  @Test
  void withoutMethodTheConfiguredOneLabelsAndTheShippedClassifierIsTheDefault() throws Exception {
    IssueRows.insertSample(work);

    assertThat(run("issues", "classify")).isZero();
    assertThat(out()).contains("method    classifier", "issues    3");

    java.nio.file.Files.writeString(work.resolve("rules.yaml"), "issues:\n  method: rules\n");
    assertThat(run("--config", work.resolve("rules.yaml").toString(), "issues", "classify")).isZero();
    assertThat(out()).contains("method    rules", "issues    3");
  }

  @Test
  void aLabellingMethodTheStatisticsWouldNotCountIsRefusedWithTheLineToChange() throws Exception {
    java.nio.file.Path study = work.resolve("study.yaml");
    java.nio.file.Files.writeString(study, "issues:\n  method: classifier\nstats:\n  label-sources: [\"human:*\", rules]\n");

    assertThat(run("--config", study.toString(), "issues", "classify")).isEqualTo(2);
    assertThat(last.err()).contains(study + " line 4", "does not name 'classifier'", "issues.method");
  }

  @Test
  void annotationGuidelinesThatCannotBeReadAreRefusedUpFrontNamingTheKeyAndTheFile() throws Exception {
    java.nio.file.Path study = work.resolve("study.yaml");
    java.nio.file.Files.writeString(study, "issues:\n  llm:\n    guidelines: our-rules.md\n");

    assertThat(run("--config", study.toString(), "issues", "classify")).isEqualTo(2);
    assertThat(last.err()).contains("issues.llm.guidelines", "our-rules.md does not exist");
  }

  @Test
  void anUnknownConfiguredMethodIsRefusedUpFront() throws Exception {
    java.nio.file.Path study = work.resolve("study.yaml");
    java.nio.file.Files.writeString(study, "issues:\n  method: magic\n");

    assertThat(run("--config", study.toString(), "issues", "classify")).isEqualTo(2);
    assertThat(last.err()).contains("issues.method: 'magic' is not one of rules, classifier, llm");
  }

  @Test
  void aRerunOfTheClassifierTakesEveryEmbeddingFromTheStoreAndLabelsAlike() {
    IssueRows.insertSample(work);
    assertThat(run("issues", "classify", "--method", "classifier")).isZero();
    int embedded = embeddings("embedded");
    run("issues", "list", "--json");
    String labels = out();

    assertThat(run("issues", "classify", "--method", "classifier")).isZero();

    assertThat(embedded).isPositive();
    assertThat(embeddings("embedded")).isZero();
    assertThat(embeddings("taken from the embedding cache")).isGreaterThanOrEqualTo(embedded);
    run("issues", "list", "--json");
    assertThat(out()).isEqualTo(labels);
  }

  @Test
  void aRunCutShortLeavesItsEmbeddingsForTheNextToUse() throws Exception {
    IssueRows.insertSample(work);
    assertThat(run("issues", "classify", "--method", "classifier")).isZero();
    int fromScratch = embeddings("embedded");
    run("issues", "list", "--json");
    String labels = out();
    try (var store = io.hfmine.datasets.store.Store.openIn(work)) {
      store.transaction(c -> c.createStatement().executeUpdate("DELETE FROM issue_labels"));
      store.transaction(c -> c.createStatement().executeUpdate("DELETE FROM text_embeddings"));
    }

    // As far as a run killed after the first repository's issues got: their vectors are stored.
    assertThat(run("issues", "classify", "--method", "classifier", "--repo", "acme/chat")).isZero();
    int firstPart = embeddings("embedded");
    assertThat(run("issues", "classify", "--method", "classifier")).isZero();

    assertThat(embeddings("embedded")).isPositive().isLessThan(fromScratch);
    assertThat(firstPart).isLessThan(fromScratch);
    run("issues", "list", "--json");
    assertThat(out()).isEqualTo(labels);
  }

  /** The count before {@code what} in the run's "embeddings:" line. */
  private int embeddings(String what) {
    java.util.regex.Matcher m = java.util.regex.Pattern.compile("embeddings: (\\d+) texts embedded, (\\d+) taken from the embedding cache")
        .matcher(last.err());
    assertThat(m.find()).as("an embeddings line in: %s", last.err()).isTrue();
    return Integer.parseInt(m.group(what.equals("embedded") ? 1 : 2));
  }

  @Test
  void unknownMethodIsAUsageError() {
    assertThat(run("issues", "classify", "--method", "magic")).isEqualTo(2);
    assertThat(last.err()).contains("--method magic is not one of rules, classifier, llm");
  }
}
