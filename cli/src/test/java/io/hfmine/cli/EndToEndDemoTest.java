package io.hfmine.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The whole study on the bundled sample (`hfmine demo`), replayed offline through the real
 * clients: what each stage produced, and that the report and the dataset carry it.
 */
class EndToEndDemoTest {
  @TempDir
  static Path dir;
  private static Path out;
  private static CliRun demo;

  @BeforeAll
  static void runTheDemo() {
    out = dir.resolve("demo");
    demo = CliRun.of("--quiet", "demo", "--out", out.toString());
  }

  @Test
  void everyStageRunsAndTheDemoSucceeds() {
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    for (String stage : List.of("models", "cards", "select", "dedup", "pick", "code-search", "code-fetch", "usage",
        "patterns", "repos", "select-repos", "issues", "classify", "stats", "report", "export")) {
      assertThat(demo.out()).containsPattern("(?m)^" + stage + " +ran ");
    }
    assertThat(demo.out()).doesNotContain("Failures");
  }

  @Test
  void countsPerStageMatchTheSample() {
    assertThat(demo.out())
        .contains("models=71, pages=8")
        .contains("missing=3, ok=68, malformed-headers=1")
        .contains("listed=71, selected=44")
        .contains("cards=68, groups=2, variants=3")
        .contains("models=71, extracted=71")
        .contains("usages=111, verified=65, unresolved-call=8, mention-only=27, unparsed=1")
        .contains("candidates=42, selected=10")
        .contains("issues=416");
  }

  @Test
  void usagesAreVerifiedAndResolvedThroughDefaultsConstantsAndLiterals() throws Exception {
    List<String> rows = query("""
        SELECT repository || ' ' || path || ':' || line || ' ' || resolution FROM usages
        WHERE model_id = 'sentence-transformers/all-MiniLM-L6-v2' ORDER BY 1""");
    assertThat(rows).contains(
        "lumen-ai/lumen-search lumen/index/encoder.py:19 default",
        "djl-apps/semantic-java src/main/java/com/djlapps/semantic/EmbeddingService.java:19 constant",
        "lc4j-demos/hf-chat src/main/java/demo/HuggingFaceChatDemo.java:21 literal");
    assertThat(query("SELECT count(*) FROM hit_verifications WHERE verdict = 'mention-only'")).containsExactly("27");
  }

  @Test
  void codeSearchFindsASentenceTransformersModelLoadedByItsBareName() throws Exception {
    assertThat(query("""
        SELECT h.repository || ' ' || h.path || ' ' || v.verdict FROM code_hits h
        JOIN hit_verifications v USING (model_id, blob_sha)
        WHERE h.model_id = 'sentence-transformers/all-MiniLM-L6-v2' AND h.repository = 'rkumar/sentence-sim'"""))
        .containsExactly("rkumar/sentence-sim similarity.py verified");
  }

  @Test
  void codeSearchFindsANotebookAndItsCodeCellsVerifyTheModels() throws Exception {
    assertThat(query("""
        SELECT h.model_id || ' ' || v.verdict FROM code_hits h
        JOIN hit_verifications v USING (model_id, blob_sha)
        WHERE h.path = 'notebooks/compare_models.ipynb' ORDER BY 1"""))
        .containsExactly("openai/whisper-large-v3 verified", "openai/whisper-small verified");
    assertThat(query("SELECT line FROM usages WHERE path = 'notebooks/compare_models.ipynb' ORDER BY line"))
        .containsExactly("58", "59");
  }

  @Test
  void patternsOfAModelShowTheirRepresentativeUsages() {
    CliRun patterns = CliRun.of("--work-dir", out.toString(), "patterns", "show", "facebook/bart-large-cnn");
    assertThat(patterns.exitCode()).as(patterns.err()).isZero();
    assertThat(patterns.out()).contains("BartForConditionalGeneration.from_pretrained").contains("generate");
  }

  @Test
  void issuesAreLabelledByTheRules() throws Exception {
    assertThat(query("""
        SELECT issue_number || ' ' || label_kind || ' ' || value FROM issue_labels
        WHERE repository = 'lumen-ai/lumen-search' AND issue_number IN (3, 4) AND source = 'rules' ORDER BY 1"""))
        .contains("3 ptm false", "4 ptm true", "4 theme SE", "4 type bug");
  }

  @Test
  void rulesAgreeWithTheSampleReferenceAnnotationsOnPtmRelevance() throws Exception {
    Path reference = Path.of("..", "sample", "source", "github", "issues", "reference-annotations.csv").toAbsolutePath();
    List<String> confusion = query("""
        WITH gold AS (SELECT repository, number AS issue_number, ptm_related FROM read_csv('%s')),
             rules AS (SELECT repository, issue_number, value = 'true' AS ptm FROM issue_labels
                       WHERE label_kind = 'ptm' AND source = 'rules')
        SELECT count(*) FILTER (WHERE ptm_related AND ptm) || ' ' || count(*) FILTER (WHERE NOT ptm_related AND ptm)
               || ' ' || count(*) FILTER (WHERE ptm_related AND NOT ptm)
        FROM gold JOIN rules USING (repository, issue_number)""".formatted(reference));
    String[] counts = confusion.getFirst().split(" ");
    double truePositives = Double.parseDouble(counts[0]);
    double f1 = 2 * truePositives / (2 * truePositives + Double.parseDouble(counts[1]) + Double.parseDouble(counts[2]));
    assertThat(f1).as("PTM-relevance F1 of the rules on the sample (tp fp fn = %s)", confusion.getFirst())
        .isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theResolutionStudyFindsPtmIssuesTakeLonger() throws Exception {
    List<String> test = query("""
        SELECT n || ' ' || statistic || ' ' || p_value FROM resolution_tests WHERE test_id = 'ptm-vs-non-ptm'""");
    assertThat(test).singleElement().asString().startsWith("266 11964.0 ");
    double p = Double.parseDouble(test.getFirst().split(" ")[2]);
    assertThat(p).isLessThan(0.05);
  }

  @Test
  void theReportCarriesTheStoreNumbers() throws Exception {
    String html = Files.readString(out.resolve("report/report.html"));
    String markdown = Files.readString(out.resolve("report/report.md"));
    assertThat(html).contains("<svg").contains("11964").doesNotContain("<script");
    assertThat(markdown).contains("11964").contains("Mann-Whitney");
  }

  @Test
  void theParquetDatasetReadsBackWithoutHfmine() throws Exception {
    Path dataset = out.resolve("dataset");
    assertThat(dataset.resolve("README.md")).content().startsWith("---\nlicense: ");
    assertThat(dataset.resolve("manifest.json")).content().contains("\"requests\"");
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
         Statement statement = duck.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*), count(DISTINCT repository) FROM read_parquet('"
             + dataset.resolve("issues.parquet") + "')")) {
      rows.next();
      assertThat(rows.getLong(1)).isEqualTo(416);
      assertThat(rows.getLong(2)).isEqualTo(10);
    }
  }

  @Test
  void aSecondDemoPrintsTheSameCounts() {
    CliRun again = CliRun.of("--quiet", "demo", "--out", out.toString());
    assertThat(again.exitCode()).isZero();
    assertThat(countsOf(again.out())).isEqualTo(countsOf(demo.out()));
  }

  private static List<String> countsOf(String summary) {
    return summary.lines().filter(line -> line.contains(" ran ")).map(line -> line.replaceAll(" +[0-9.]+ +", " ")).toList();
  }

  private static List<String> query(String sql) throws Exception {
    List<String> values = new ArrayList<>();
    try (Connection store = DriverManager.getConnection("jdbc:duckdb:" + out.resolve("hfmine.duckdb"));
         Statement statement = store.createStatement();
         ResultSet rows = statement.executeQuery(sql)) {
      while (rows.next()) {
        values.add(rows.getString(1));
      }
    }
    return values;
  }
}
