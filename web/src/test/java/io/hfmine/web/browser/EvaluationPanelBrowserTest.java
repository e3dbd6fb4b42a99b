package io.hfmine.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import io.hfmine.web.annotate.SampleRecords;
import io.hfmine.web.table.Rows;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/** In a real browser, an annotator who leaves blind mode sees the rules scored against their own labels. */
class EvaluationPanelBrowserTest {
  private static final ServeSpec SPEC = StudyFixture.spec();
  @TempDir
  static Path downloads;
  private static Store store;
  private static WebServer server;
  private static Browser browser;
  private static ServedStudy study;

  @BeforeAll
  static void start() {
    store = StudyFixture.store();
    IssueClassification.run(store, IssueLabellers.rules(store, SPEC.issues()), null, Progress.NONE);
    study = ServedStudy.open(store, SPEC, downloads);
    server = study.server();
    browser = study.browser();
  }

  @AfterAll
  static void stop() {
    study.close();
  }

  private static boolean rulesSayPtm(IssueId issue) {
    return "true".equals(store.read(connection -> Rows.one(connection, "SELECT value FROM issue_labels WHERE source = "
        + "'rules' AND label_kind = 'ptm' AND repository = ? AND issue_number = ?", issue.repository(), issue.number()))
        .get("value"));
  }

  @Test
  void anAnnotatorWhoLeavesBlindModeSeesTheRulesScoredAgainstTheirLabels() {
    browser.open(server.url() + "annotate");
    browser.find("form.draw input[name=name]").clear();
    browser.find("form.draw input[name=name]").sendKeys("eval");
    browser.find("form.draw input[name=size]").clear();
    browser.find("form.draw input[name=size]").sendKeys("4");
    browser.find("form.draw button").click();
    browser.waitForSampleRow("eval");
    browser.open(server.url() + "annotate/sample?sample=eval&annotator=gold&at=1");
    assertThat(browser.find("#evaluation-hidden").getText()).contains("Hidden in blind mode");
    String[] answers = {"y", "n", "y"};
    for (int i = 0; i < answers.length; i++) {
      browser.waitForUrl("at=" + (i + 1));
      browser.press(answers[i]);
      browser.press("s");
      browser.waitForUrl("at=" + (i + 2));
    }
    browser.find("#blind-toggle").click();
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.cssSelector("#evaluation-figures")).isEmpty());

    // By hand from the rules' stored answers: the three answered issues, the fourth left out.
    List<IssueId> sample = SampleRecords.issues(store, "eval");
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < answers.length; i++) {
      boolean gold = answers[i].equals("y");
      boolean predicted = rulesSayPtm(sample.get(i));
      tp += gold && predicted ? 1 : 0;
      fp += !gold && predicted ? 1 : 0;
      fn += gold && !predicted ? 1 : 0;
    }
    double precision = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
    double recall = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
    assertThat(browser.find("#gold-issues").getText()).isEqualTo("3");
    assertThat(browser.find("#evaluation-figures tr[data-label=ptm] td.precision").getText())
        .isEqualTo(String.format(Locale.ROOT, "%.3f", precision));
    assertThat(browser.find("#evaluation-figures tr[data-label=ptm] td.recall").getText())
        .isEqualTo(String.format(Locale.ROOT, "%.3f", recall));
    assertThat(browser.find("#evaluation-figures tr[data-label=ptm] td.f1").getText())
        .isEqualTo(String.format(Locale.ROOT, "%.3f", tp == 0 ? 0 : 2.0 * tp / (2 * tp + fp + fn)));
    assertThat(browser.find("#method-provenance").getText()).startsWith("Method rules: labels of 4 of the sample's 4 issues");

    new Select(browser.find("#evaluation-choice select[name=reference]")).selectByValue("gold");
    browser.find("#evaluation-choice button").click();
    browser.waitForUrl("reference=gold");
    assertThat(browser.driver().getCurrentUrl()).contains("method=rules", "at=4");
    assertThat(browser.find("#gold-issues").getText()).isEqualTo("3");
    browser.screenshot("serve-evaluation");
  }
}
