package io.hfmine.web.browser;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/** In a real browser, an issue written to attack the page executes nothing, wherever it is shown. */
class HostileContentBrowserTest {
  @TempDir
  static Path downloads;
  private static Store store;
  private static WebServer server;
  private static Browser browser;
  private static ServedStudy study;

  @BeforeAll
  static void start() {
    store = StudyFixture.store();
    study = ServedStudy.open(store, StudyFixture.spec(), downloads);
    server = study.server();
    browser = study.browser();
  }

  @AfterAll
  static void stop() {
    study.close();
  }

  /** The annotation page with the draw form's name and size filled in. */
  private static void openDrawForm(String name, int size) {
    browser.open(server.url() + "annotate");
    browser.find("form.draw input[name=name]").clear();
    browser.find("form.draw input[name=name]").sendKeys(name);
    browser.find("form.draw input[name=size]").clear();
    browser.find("form.draw input[name=size]").sendKeys(String.valueOf(size));
  }

  private static void assertNothingRan() {
    assertThat(browser.script("return typeof window.__hfmineOwned")).isEqualTo("undefined");
    assertThat(browser.driver().getTitle()).doesNotContain("owned");
  }

  @Test
  void theIssuePageShowsTheAttackAsTextAndRunsNoneOfIt() {
    browser.open(server.url() + "issue?repo=dev/app&number=6");
    assertNothingRan();
    WebElement body = browser.find("#issue-body");
    assertThat(body.getText()).contains("<script>window.__hfmineOwned = 1;", "<img src=x onerror=");
    assertThat(browser.all("#issue-body script, #issue-body img, #issue-body [onerror]")).isEmpty();
    for (WebElement link : browser.all("#issue-body a")) {
      assertThat(link.getDomAttribute("href")).as(link.getText()).isIn("#");
    }
    browser.find("#issue-body a").click();
    assertNothingRan();
    assertThat(browser.find("h1").getText()).contains("<script>window.__hfmineOwned=7</script>");
  }

  @Test
  void listsAndTheAnnotationWorkspaceShowTheSameIssueInertToo() {
    browser.open(server.url() + "issues?q=hostile");
    assertNothingRan();
    assertThat(browser.find("table#issues tbody").getText()).contains("<script>");
    openDrawForm("all", 6);
    browser.find("form.draw button").click();
    browser.waitForSampleRow("all");
    for (int at = 1; at <= 6; at++) {
      browser.open(server.url() + "annotate/sample?sample=all&annotator=tester&at=" + at);
      assertNothingRan();
    }
  }

  @Test
  void anEnrichedDrawFromTheFormListsItsDesignAndKeepsTheStrataOutOfTheWorkspace() {
    openDrawForm("enriched", 6);
    browser.find("form.draw input[name=stratify]").click();
    browser.find("form.draw input[name=enrich]").sendKeys("50%");
    browser.find("form.draw input[name=per_repository]").sendKeys("2,2");
    browser.find("form.draw input[name=exclude_annotated]").click();
    browser.find("form.draw button").click();
    WebElement row = browser.waitForSampleRow("enriched");
    assertThat(row.getText()).contains("enriched: " + EnrichmentDesign.parse(6, "50%", "2,2").describe(),
        "left out: issues already annotated for the task");
    assertThat(row.findElement(By.linkText("strata")).getDomAttribute("href")).isEqualTo("/annotate/strata.csv?sample=enriched");
    browser.open(server.url() + "annotate/sample?sample=enriched&annotator=tester&at=1");
    assertNothingRan();
    assertThat(browser.find("body").getText()).doesNotContainIgnoringCase("stratum").doesNotContainIgnoringCase("strata")
        .doesNotContainIgnoringCase("enriched: ");
  }
}
