package io.hfmine.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.Figures;
import io.hfmine.analyzers.stats.resolution.DayCounting;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyRun;
import io.hfmine.analyzers.stats.resolution.StudySettings;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StudyReportTest {
  private static final List<String> SOURCES = List.of("human:*", "rules");
  private static final Clock CLOCK = Clock.fixed(Instant.parse("2025-02-01T12:00:00Z"), ZoneOffset.UTC);

  @TempDir
  Path dir;

  private final Store store = Store.inMemory();

  @BeforeEach
  void seed() throws Exception {
    String sql;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("report/store.sql")) {
      sql = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    execute(sql.lines().filter(l -> !l.isBlank() && !l.startsWith("--")).toArray(String[]::new));
  }

  @AfterEach
  void close() {
    store.close();
  }

  private void execute(String... statements) {
    store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        for (String sql : statements) {
          statement.execute(sql);
        }
      }
      return null;
    });
  }

  private double number(String query) {
    return store.read(connection -> {
      try (Statement s = connection.createStatement(); ResultSet r = s.executeQuery(query)) {
        r.next();
        return r.getDouble(1);
      }
    });
  }

  private void runStudy() {
    ResolutionStudyRun.run(store, new StudySettings(9, DayCounting.CALENDAR, Alternative.GREATER, SOURCES, 200, 0.95, 1, 0.05),
        Progress.NONE, CLOCK);
  }

  private StudyReport.Written report() {
    return StudyReport.write(store, dir.resolve("report"), "Test study", 0.05, SOURCES, CLOCK);
  }

  @Test
  void htmlAndMarkdownCarryTheStoresFunnelTaxonomyAndTestNumbers() throws Exception {
    runStudy();
    StudyReport.Written written = report();
    String html = Files.readString(written.html());
    String markdown = Files.readString(written.markdown());
    for (String text : List.of(html, markdown)) {
      assertThat(text).contains("4,321").contains("1,234").contains("enough stars and issues");
      // PTM-related: acme/vision 1, 2, 3, 6 (a human overrides the rules), 7 (open); beta/nlp 1; gamma/tts 1.
      assertThat(text).contains("11 issues; 7 are labelled PTM-related");
      assertThat(text).contains(Figures.pValue(number("SELECT p_value FROM resolution_tests WHERE test_id = 'ptm-vs-non-ptm'")));
      assertThat(text).contains(Figures.number(number("SELECT statistic FROM resolution_tests WHERE test_id = 'themes'")));
      assertThat(text).contains(Figures.number(number("SELECT mean FROM resolution_descriptives WHERE scope = 'group' AND grp = 'ptm'")));
      assertThat(text).contains("gamma/tts").contains("dropped");
      assertThat(text).contains("scipy.stats.mannwhitneyu");
    }
  }

  @Test
  void balancedSampleSizesAndGroupCountsAppearInFigureCaptions() throws Exception {
    runStudy();
    String html = Files.readString(report().html());
    long perGroup = (long) number("SELECT sum(sampled_per_group) FROM resolution_projects");
    assertThat(perGroup).isEqualTo(3);
    assertThat(html).contains("Resolution time of the balanced sample: 3 PTM and 3 non-PTM closed issues from 2 projects");
    assertThat(html).contains("PTM-related issues per theme: 7 labels on 7 PTM-related issues, 3 themes.");
    assertThat(html).contains("<figure id=\"resolution-ptm-vs-non-ptm\">").contains("<svg");
  }

  @Test
  void theReportNamesTheDayCountingAndShowsTheTestsUnderTheOtherOne() throws Exception {
    runStudy();
    String html = Files.readString(report().html());
    assertThat(html).contains("Resolution time in calendar days: UTC date of closure minus UTC date of creation")
        .contains("Sensitivity to the day counting")
        .contains("p (elapsed)")
        .contains(Figures.pValue(number("SELECT p_value FROM resolution_tests WHERE test_id = 'ptm-vs-non-ptm.elapsed'")));
    long differing = (long) number("SELECT sampled_days_differing FROM resolution_runs");
    long sampled = (long) number("SELECT sampled_issues FROM resolution_runs");
    assertThat(html).contains("disagree, by one day, on " + differing + " of " + sampled + " issues");
  }

  @Test
  void themesAppearByNameWithTheirCodeAndSmallOnesAreNamedAsLeftOut() throws Exception {
    ResolutionStudyRun.run(store, new StudySettings(9, DayCounting.CALENDAR, Alternative.GREATER, SOURCES, 200, 0.95,
        2, 0.05), Progress.NONE, CLOCK);
    String html = Files.readString(StudyReport.write(store, dir.resolve("named"), "Test study", 0.05, SOURCES,
        java.util.Map.of("MU", "Model Usage", "HR", "Hardware and Computation Resource"), CLOCK).html());
    assertThat(html).contains("Model Usage (MU)");
    // Each sub-theme of the store labels one closed issue.
    assertThat(html).contains("Left out of the sub-theme test, with fewer than 2 closed PTM issues")
        .contains("PQ.output: 1").contains("PQ.training: 1");
  }

  @Test
  void openIssuesAppearAsCensoredInKaplanMeierCurvesWithMediansAndTheLogRankTest() throws Exception {
    runStudy();
    String html = Files.readString(report().html());
    assertThat(html).contains("Open issues as censored observations")
        .contains("<figure id=\"survival-ptm-vs-non-ptm\">")
        .contains("median days to closure")
        .contains(Figures.pValue(number("SELECT p_value FROM resolution_tests WHERE test_id = 'ptm-vs-non-ptm-survival'")));
    long censored = (long) number("SELECT sum(censored) FROM resolution_survival");
    long open = (long) number("SELECT count(*) FROM issues WHERE state = 'open'");
    assertThat(censored).isPositive().isLessThanOrEqualTo(open);
  }

  @Test
  void htmlIsSelfContained() throws Exception {
    runStudy();
    String html = Files.readString(report().html());
    assertThat(html).doesNotContain("<script").doesNotContain("<link").doesNotContain("src=")
        .doesNotContain("@import");
    assertThat(html.replace("http://www.w3.org/2000/svg", "")).doesNotContain("http://").doesNotContain("https://");
  }

  @Test
  void markdownFiguresAreWrittenBesideIt() throws Exception {
    runStudy();
    StudyReport.Written written = report();
    assertThat(Files.readString(written.markdown())).contains("](figures/resolution-theme.svg)");
    assertThat(dir.resolve("report/figures/resolution-theme.svg")).exists();
    assertThat(written.figures()).isEqualTo(Files.list(dir.resolve("report/figures")).count());
  }

  @Test
  void withoutAStudyRunTheReportSaysHowToGetOne() throws Exception {
    String html = Files.readString(report().html());
    assertThat(html).contains("No resolution-time study is stored yet").contains("4,321");
  }

  @Test
  void usagePatternsAppearAsCoverageCallsAndMedoidSnippetNotAsTableDumps() throws Exception {
    assertThat(Files.readString(report().html())).doesNotContain("Usage patterns");
    String longLine = "model = AutoModel.from_pretrained('bert-base-uncased', " + "x=1, ".repeat(40) + ")";
    execute("INSERT INTO pattern_groups VALUES ('model', 'bert-base-uncased', 'kmeans', 40, 'clustered', NULL, 2, 0, "
            + "0.4123456789, 2, NULL, NULL, NULL, 7, TIMESTAMP '2025-01-01 00:00:00')",
        "INSERT INTO pattern_groups VALUES ('model', 'gpt2', 'kmeans', 3, 'too-small', 'fewer than 5 usages', 0, 0, "
            + "NULL, NULL, NULL, NULL, NULL, 7, TIMESTAMP '2025-01-01 00:00:00')",
        "INSERT INTO patterns VALUES ('model', 'bert-base-uncased', 1, 30, 0.75, 'u1', "
            + "['AutoModel.from_pretrained', 'model.eval'], [], [], NULL)",
        "INSERT INTO patterns VALUES ('model', 'bert-base-uncased', 2, 10, 0.25, 'u2', ['pipeline'], [], [], NULL)",
        "INSERT INTO usages (usage_id, repository, path, language, line, col, library, api, kind, resolution, "
            + "extracted_at, snippet) VALUES ('u1', 'acme/app', 'src/load_model.py', 'python', 12, 1, 'transformers', "
            + "'transformers.AutoModel.from_pretrained', 'model', 'literal', TIMESTAMP '2025-01-01 00:00:00', '"
            + longLine.replace("'", "''") + "')");
    String html = Files.readString(report().html());
    assertThat(html).contains("Usage patterns").contains("model bert-base-uncased")
        .contains("43 usages in 2 groups: 1 clustered into 2 patterns, 1 too small")
        .contains("Pattern 1: 75% of the usages (30); calls AutoModel.from_pretrained → model.eval; "
            + "medoid at acme/app:src/load_model.py:12")
        .contains("mean silhouette 0.41")
        .contains("<pre><code class=\"language-python\">model = AutoModel.from_pretrained(")
        .doesNotContain("0.4123456789").doesNotContain(longLine.replace("'", "&#39;"));
  }

  @Test
  void theMethodsParagraphAndTheEndToEndFunnelComeFromTheStore() throws Exception {
    runStudy();
    String html = Files.readString(report().html());
    assertThat(html).contains("<h2>Methods</h2>").contains("by the first of these label sources that labelled them: "
        + "human:*, rules").contains("sampling (seed 9)").contains("at least 1 closed PTM issues")
        .contains("From Hub models to sampled issues");
    long issues = (long) number("SELECT count(*) FROM issues");
    assertThat(html).contains("issues collected from them</td><td class=\"num\">" + issues);
  }

  @Test
  void everyFigureIsWellFormedSvg() throws Exception {
    runStudy();
    report();
    javax.xml.parsers.DocumentBuilderFactory factory = javax.xml.parsers.DocumentBuilderFactory.newInstance();
    try (var figures = Files.list(dir.resolve("report/figures"))) {
      for (Path figure : figures.toList()) {
        org.w3c.dom.Document svg = factory.newDocumentBuilder().parse(figure.toFile());
        assertThat(svg.getDocumentElement().getTagName()).as(figure.toString()).isEqualTo("svg");
        assertThat(svg.getElementsByTagName("title").getLength()).as(figure.toString()).isPositive();
      }
    }
  }

  @Test
  void labelsAreEscapedInsideCharts() throws Exception {
    String svg = io.hfmine.reports.svg.BarChartSvg.render("a <b> & c",
        List.of(new io.hfmine.reports.svg.BarChartSvg.Bar("x<y", 3)), "#000", 100);
    assertThat(svg).contains("x&lt;y").contains("a &lt;b&gt; &amp; c").doesNotContain("x<y");
  }
}
