package io.hfmine.cli.commands.serve;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.stats.resolution.LabelSourcePreference;
import io.hfmine.analyzers.stats.resolution.StudyIssue;
import io.hfmine.analyzers.stats.resolution.StudyIssueReader;
import io.hfmine.cli.CliRun;
import io.hfmine.cli.Main;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.browser.Browser;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

/**
 * {@code hfmine serve} on the bundled sample, in Chromium: what a researcher does first. The demo
 * runs in-process, a hostile issue written here is added to its store, then {@code serve} runs on
 * a thread until the test stops it. Expected values come from the store (read before serving)
 * and, for kappa, from a hand computation.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ServeBrowserTest {
  private static final String HOSTILE = "It breaks <script>window.__hfmineOwned = 1</script> "
      + "<img src=x onerror=\"window.__hfmineOwned = 2\"> [docs](javascript:window.__hfmineOwned=3)";

  @TempDir
  static Path dir;
  private static Path work;
  private static Path downloads;
  private static Thread serving;
  private static final AtomicInteger EXIT = new AtomicInteger(-1);
  private static final ByteArrayOutputStream ERR = new ByteArrayOutputStream();
  private static String url;
  private static Browser browser;
  private static long ptmIssues;
  private static String usageId;
  private static String usageLink;
  private static String usageApi;
  private static String patternModel;
  private static String hostileRepository;

  @BeforeAll
  static void runTheDemoThenServeIt() throws Exception {
    work = dir.resolve("demo");
    downloads = Files.createDirectories(dir.resolve("downloads"));
    CliRun demo = CliRun.of("--quiet", "demo", "--out", work.toString());
    assertThat(demo.exitCode()).as(demo.err()).isZero();
    assertThat(demo.out()).contains("./hfmine serve --work-dir " + work);
    readExpectations();
    serving = new Thread(() -> EXIT.set(Main.run(new String[] {"--work-dir", work.toString(), "--config",
        work.resolve("study.yaml").toString(), "serve", "--port", "0"}, new PrintStream(new ByteArrayOutputStream()),
        new PrintStream(ERR, true, StandardCharsets.UTF_8))), "serve-under-test");
    serving.start();
    Pattern address = Pattern.compile("hfmine serve: (http://127\\.0\\.0\\.1:\\d+/)");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(120));
    while (url == null && Instant.now().isBefore(deadline) && serving.isAlive()) {
      Matcher matcher = address.matcher(ERR.toString(StandardCharsets.UTF_8));
      if (matcher.find()) {
        url = matcher.group(1);
      } else {
        Thread.sleep(100);
      }
    }
    assertThat(url).as("serve started: " + ERR.toString(StandardCharsets.UTF_8)).isNotNull();
    browser = Browser.open(downloads);
  }

  /** Reads what the pages must show from the store before the server holds it, and adds the hostile issue. */
  private static void readExpectations() {
    try (Store store = Store.openIn(work)) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT full_name FROM repository_selection ORDER BY 1 LIMIT 1")) {
          rows.next();
          hostileRepository = rows.getString(1);
        }
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO issues (repository, number, title, "
            + "body, state, created_at, source) VALUES (?, 999999, 'Loader crashes <script>x</script>', ?, 'open', now(), "
            + "'test')")) {
          insert.setString(1, hostileRepository);
          insert.setString(2, HOSTILE);
          insert.executeUpdate();
        }
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("""
                SELECT u.usage_id, h.html_url || '#L' || u.line, u.api FROM usages u JOIN code_hits h
                  ON h.blob_sha = u.blob_sha AND h.path = u.path AND h.repository = u.repository
                WHERE u.language = 'python' AND u.model_id IS NOT NULL ORDER BY u.usage_id LIMIT 1""")) {
          rows.next();
          usageId = rows.getString(1);
          usageLink = rows.getString(2);
          usageApi = rows.getString(3);
        }
        try (Statement statement = connection.createStatement();
            ResultSet rows = statement.executeQuery("SELECT group_key FROM pattern_groups WHERE group_by = 'model' "
                + "AND status = 'clustered' ORDER BY usages DESC, group_key LIMIT 1")) {
          rows.next();
          patternModel = rows.getString(1);
        }
        return null;
      });
      ptmIssues = StudyIssueReader.read(store, new LabelSourcePreference(io.hfmine.datasets.config.Config.defaults()
          .section("stats", io.hfmine.analyzers.stats.StatsSettings.class).labelSources())).stream()
          .filter(issue -> Boolean.TRUE.equals(issue.ptm())).count();
    }
  }

  @AfterAll
  static void stop() throws Exception {
    if (browser != null) {
      browser.close();
    }
    if (serving != null) {
      serving.interrupt();
      serving.join(30_000);
      assertThat(EXIT.get()).as(ERR.toString(StandardCharsets.UTF_8)).isZero();
      assertThat(ERR.toString(StandardCharsets.UTF_8)).contains("hfmine serve: stopped");
    }
  }

  @Test
  @Order(1)
  void theOverviewsFunnelNumberLeadsToExactlyThoseIssues() {
    browser.open(url);
    assertThat(browser.find("h1").getText()).isEqualTo("Study overview");
    browser.screenshot("serve-overview");
    WebElement ptm = browser.find("li[data-step=ptm] a.count");
    assertThat(ptm.getText()).isEqualTo(String.format("%,d", ptmIssues));
    ptm.click();
    browser.waitForUrl("/issues?ptm=yes");
    assertThat(browser.find("#row-count").getText()).isEqualTo(String.format("%,d", ptmIssues));
    assertThat(browser.all("table#issues tbody tr")).isNotEmpty();
    browser.screenshot("serve-issues");
  }

  @Test
  @Order(2)
  void aUsageShowsItsMarkedCallLineAndLinksToThatLineOnGithub() {
    browser.open(url + "usages");
    browser.find("a[href='/usage?id=" + usageId + "']").click();
    browser.waitForUrl("/usage?id=" + usageId);
    assertThat(browser.find("#github-line").getDomAttribute("href")).isEqualTo(usageLink);
    WebElement marked = browser.find("pre.code .line.marked");
    String line = usageLink.substring(usageLink.lastIndexOf("#L") + 2);
    assertThat(marked.getDomAttribute("id")).isEqualTo("L" + line);
    assertThat(marked.getText()).contains(usageApi.substring(usageApi.lastIndexOf('.') + 1));
    browser.screenshot("serve-usage");
    browser.open(url + "pattern?by=model&key=" + patternModel);
    assertThat(browser.all("section.pattern")).isNotEmpty();
    assertThat(browser.all("section.pattern pre.code .line.marked")).isNotEmpty();
    browser.screenshot("serve-pattern");
  }

  @Test
  @Order(3)
  void twoAnnotatorsAnnotateThreeIssuesByKeyboardAndSeeKappa() {
    browser.open(url + "annotate");
    browser.find("form.draw input[name=name]").clear();
    browser.find("form.draw input[name=name]").sendKeys("pilot");
    browser.find("form.draw input[name=size]").clear();
    browser.find("form.draw input[name=size]").sendKeys("3");
    browser.find("form.draw button").click();
    browser.waitForSampleRow("pilot");
    annotate("alice", "y", "y", "n");
    annotate("bob", "y", "n", "n");
    // By hand: agreement 2/3; chance (2/3)(1/3) + (1/3)(2/3) = 4/9; kappa = (2/3 - 4/9) / (1 - 4/9) = 0.4.
    assertThat(browser.find("#shared-issues").getText()).isEqualTo("3");
    assertThat(browser.find("#agreement tr[data-label=ptm] td.kappa").getText()).isEqualTo("0.400");
    browser.open(url + "annotate/sample?sample=pilot&annotator=bob&at=2");
    browser.screenshot("serve-annotate");
  }

  private static void annotate(String annotator, String... answers) {
    browser.open(url + "annotate/sample?sample=pilot&annotator=" + annotator + "&at=1");
    for (int i = 0; i < answers.length; i++) {
      browser.waitForUrl("at=" + (i + 1));
      browser.press(answers[i]);
      browser.press("s");
      browser.waitForUrl(i + 1 < answers.length ? "at=" + (i + 2) : "at=3");
    }
    assertThat(browser.find("#progress-text").getText()).startsWith("3 of 3 annotated by " + annotator);
  }

  @Test
  @Order(4)
  void theIssuesTableDownloadsAsTheCsvOfWhatItShows() throws Exception {
    // Annotations of the test before changed which labels count: the page's own count is the reference now.
    browser.open(url + "issues?ptm=yes");
    int shown = Integer.parseInt(browser.find("#row-count").getText().replace(",", ""));
    browser.find("a.export[download='issues.csv']").click();
    Path csv = downloads.resolve("issues.csv");
    Instant deadline = Instant.now().plus(Duration.ofSeconds(30));
    while (!Files.exists(csv) && Instant.now().isBefore(deadline)) {
      Thread.sleep(100);
    }
    assertThat(csv).exists();
    try (Reader reader = Files.newBufferedReader(csv)) {
      List<CSVRecord> records = CSVFormat.RFC4180.builder().setHeader().get().parse(reader).getRecords();
      assertThat(records).hasSize(shown);
      assertThat(records).allSatisfy(record -> assertThat(record.get("ptm")).isEqualTo("yes"));
    }
  }

  @Test
  @Order(5)
  void aHostileIssueInTheStudyExecutesNothing() {
    browser.open(url + "issue?repo=" + hostileRepository + "&number=999999");
    assertThat(browser.script("return typeof window.__hfmineOwned")).isEqualTo("undefined");
    assertThat(browser.find("#issue-body").getText()).contains("<script>window.__hfmineOwned = 1</script>");
    browser.find("#issue-body a").click();
    browser.press(Keys.ESCAPE);
    assertThat(browser.script("return typeof window.__hfmineOwned")).isEqualTo("undefined");
  }
}
