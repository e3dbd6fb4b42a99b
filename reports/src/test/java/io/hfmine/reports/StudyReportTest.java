package io.hfmine.reports;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
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
  /** Names of this test's own; HR is left out, as when a study changed its taxonomy after labelling. */
  private static final Taxonomy TAXONOMY = Taxonomy.parse("""
      name: test taxonomy
      version: 1
      themes:
        - code: MU
          name: Calling models
          description: d
        - code: PQ
          name: Quality of predictions
          description: d
          sub-themes:
            - code: PQ.output
              name: Wrong outputs
              description: d
      """, "test taxonomy");
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
    ResolutionStudyRun.run(store, new StudySettings(9, DayCounting.CALENDAR, Alternative.GREATER, SOURCES, 200, 0.95),
        Progress.NONE, CLOCK);
  }

  private StudyReport.Written report() {
    return StudyReport.write(store, dir.resolve("report"), "Test study", 0.05, SOURCES, TAXONOMY, CLOCK);
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
  void themeAndSubThemeCodesStandBesideTheirNamesAndShares() throws Exception {
    String html = Files.readString(report().html());
    // 7 PTM-related issues: MU on 2 of them, PQ on 3, HR on 2; PQ.output on 1.
    assertThat(html).contains("<td>MU</td><td>Calling models</td><td class=\"num\">2</td><td>28.6 %</td>")
        .contains("<td>PQ</td><td>Quality of predictions</td><td class=\"num\">3</td><td>42.9 %</td>")
        .contains("<td>HR</td><td>(not in the configured taxonomy)</td>")
        .contains("<td>PQ.output</td><td>Wrong outputs</td><td class=\"num\">1</td><td>14.3 %</td>");
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
  void usagePatternSectionAppearsOnlyOnceThePatternStageStoredGroups() throws Exception {
    assertThat(Files.readString(report().html())).doesNotContain("Usage patterns");
    plantPatterns();
    assertThat(Files.readString(report().html())).contains("Usage patterns");
  }

  @Test
  void usagePatternSectionReadsAsProseWithRoundedFiguresAndTheMedoidsCode() throws Exception {
    plantPatterns();
    StudyReport.Written written = report();
    String html = Files.readString(written.html());
    String section = html.substring(html.indexOf("<h2>Usage patterns</h2>"));
    assertThat(section)
        .contains("<td>transformers</td><td>library</td><td>kmeans</td>")
        .contains(">0.42<").contains(">88 %<").contains(">0.67<")
        .contains("Pattern 1: 30 of 40 usages (75 %). Calls: AutoModel.from_pretrained → model.eval → model.generate.")
        .contains("Keyword arguments: torch_dtype, device_map.")
        .contains("<pre><code>model = AutoModel.from_pretrained(&quot;org/m&quot;)\nmodel.eval()</code></pre>")
        .contains("Patterns of transformers (grouped by library)")
        .contains("<td>tiny/model</td><td>model</td>").contains(">too-small<")
        // the stored JSON and raw ids stay in the tables, out of the prose
        .doesNotContain("silhouette_by_k").doesNotContain("{\"2\"").doesNotContain("u-medoid")
        .doesNotContain("0.416");
    String markdown = Files.readString(written.markdown());
    assertThat(markdown).contains("```python\nmodel = AutoModel.from_pretrained(\"org/m\")\nmodel.eval()\n```");
  }

  /** A clustered group with two patterns, the second's medoid spanning more lines than are shown, and a small group. */
  private void plantPatterns() {
    String longSnippet = String.join("\\n", java.util.Collections.nCopies(20, "pipe(x)"));
    execute("INSERT INTO pattern_groups VALUES ('library', 'transformers', 'kmeans', 40, 'clustered', NULL, 2, 0, "
            + "0.4166, 2, '{\"2\": 0.4166, \"3\": 0.2}', 0.875, 0.6666, 7, TIMESTAMP '2025-01-01 00:00:00')",
        "INSERT INTO pattern_groups VALUES ('model', 'tiny/model', 'kmeans', 2, 'too-small', 'fewer than 10 usages', "
            + "0, 0, NULL, NULL, NULL, NULL, NULL, 7, TIMESTAMP '2025-01-01 00:00:00')",
        "INSERT INTO patterns VALUES ('library', 'transformers', 1, 30, 0.75, 'u-medoid-1', "
            + "['AutoModel.from_pretrained', 'model.eval', 'model.generate'], ['torch_dtype', 'device_map'], [], NULL)",
        "INSERT INTO patterns VALUES ('library', 'transformers', 2, 10, 0.25, 'u-medoid-2', "
            + "['pipeline'], [], [], NULL)",
        "INSERT INTO usages (usage_id, path, language, line, col, library, api, kind, resolution, snippet, extracted_at) "
            + "VALUES ('u-medoid-1', 'a.py', 'python', 1, 1, 'transformers', 'transformers.AutoModel.from_pretrained', "
            + "'model', 'literal', 'model = AutoModel.from_pretrained(\"org/m\")' || chr(10) || 'model.eval()', "
            + "TIMESTAMP '2025-01-01 00:00:00')",
        "INSERT INTO usages (usage_id, path, language, line, col, library, api, kind, resolution, snippet, extracted_at) "
            + "VALUES ('u-medoid-2', 'b.py', 'python', 1, 1, 'transformers', 'transformers.pipeline', 'pipeline', "
            + "'literal', replace('" + longSnippet + "', '\\n', chr(10)), TIMESTAMP '2025-01-01 00:00:00')");
  }

  @Test
  void aLongMedoidIsCutWithAMarkerLine() throws Exception {
    plantPatterns();
    String html = Files.readString(report().html());
    assertThat(html).contains("pipe(x)\n# … 4 more lines</code></pre>");
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
