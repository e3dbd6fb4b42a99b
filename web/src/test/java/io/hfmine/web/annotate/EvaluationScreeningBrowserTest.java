package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.Site;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import io.hfmine.web.browser.Browser;
import io.hfmine.web.browser.ServedStudy;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * In a real browser, the workspace page of an enriched sample whose evaluation panel was rendered
 * while its repositories were being screened: the page's script fetches the page again until the
 * weighted figures are there and puts the panel in place without a reload, so what the annotator
 * is typing stays.
 *
 * <p>On a fixture this small the server's own screening ends within milliseconds of its start, too
 * soon for a browser to catch. So the screening state is rendered here by the panel itself, on the
 * server's store, while this thread holds the store and keeps that panel's screening from reading
 * the issues; it is put in the page the server served, at the server's address, where the page's
 * script finds the server already done.
 */
class EvaluationScreeningBrowserTest {
  private static final ServeSpec SPEC = StudyFixture.spec();
  private static final String PAGE = WorkspacePage.link("round", "gold", 2, Map.of("reference", "gold"));
  @TempDir
  static Path downloads;
  private static Store store;
  private static WebServer server;
  private static Browser browser;
  private static ServedStudy study;

  @BeforeAll
  static void start() {
    store = StudyFixture.store();
    Map<IssueId, String> written = TwoStrataIssues.insert(store);
    IssueClassification.run(store, IssueLabellers.rules(store, SPEC.issues()), null, Progress.NONE);
    SampleRecords.draw(store, "round", new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
        new AnnotationExport.Design(6, 3, false, EnrichmentDesign.parse(6, "50%", "3,3")), null, null), SPEC.issues(), null);
    for (IssueId issue : SampleRecords.issues(store, "round")) {
      new AnnotationForm(issue, "gold", "P".equals(written.get(issue)) ? "yes" : "no", List.of(), List.of(), "bug", "")
          .save(store, SPEC.taxonomy(), "round");
    }
    SampleRecords.setBlind(store, "gold", false);
    study = ServedStudy.open(store, SPEC, downloads);
    server = study.server();
    browser = study.browser();
  }

  @AfterAll
  static void stop() {
    study.close();
  }

  /** The panel as it is rendered while the sample's repositories are still being screened. */
  private static String panelWhileScreening() {
    // The panel reads only the store and the settings.
    Site site = new Site(store, SPEC, null, null, null, null, null, null, null, null);
    synchronized (store) {
      return new EvaluationPanel(site).render(SampleRecords.find(store, "round"), "gold", 2,
          SampleRecords.issues(store, "round"), false, Map.of("reference", "gold"));
    }
  }

  @Test
  void theWeightedFiguresArePutInPlaceWhenTheScreeningEndsWithoutReloadingThePage() {
    browser.open(server.url() + PAGE.substring(1));
    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("evaluation-strata")).isEmpty());
    String served = browser.driver().getPageSource();
    String panel = panelWhileScreening();
    assertThat(panel).contains("id=\"strata-screening\"");
    int from = served.indexOf("<details class=\"evaluation\"");
    int to = served.indexOf("</details>", from) + "</details>".length();
    String screening = served.substring(0, from) + panel + served.substring(to);
    // Setting the page up, not acting as the annotator: the served page with the panel as it was while screening.
    ((JavascriptExecutor) browser.driver()).executeScript("document.open(); document.write(arguments[0]); "
        + "document.close();", screening);
    assertThat(browser.find("#strata-screening").getText()).startsWith("Screening…");
    assertThat(browser.all("#evaluation-strata")).isEmpty();
    browser.find("textarea[name=note]").sendKeys("half written");

    new WebDriverWait(browser.driver(), Duration.ofSeconds(30))
        .until(d -> !d.findElements(By.id("evaluation-strata")).isEmpty());

    assertThat(browser.all("#strata-screening")).isEmpty();
    assertThat(browser.find("#evaluation-figures")).isNotNull();
    assertThat(browser.find("textarea[name=note]").getAttribute("value")).isEqualTo("half written");
    assertThat(browser.driver().getCurrentUrl()).endsWith(PAGE.substring(1));
  }
}
