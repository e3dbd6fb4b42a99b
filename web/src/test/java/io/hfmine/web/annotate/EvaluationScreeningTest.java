package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.Site;
import io.hfmine.web.StudyFixture;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/**
 * The evaluation panel of an enriched sample while its repositories are still being screened for
 * today's strata: it shows the figures it has and says that the weighted ones are on their way,
 * instead of keeping the page waiting.
 */
class EvaluationScreeningTest {
  private static final ServeSpec SPEC = StudyFixture.spec();
  private static final IssueSettings ISSUES = SPEC.issues();

  private final Store store = StudyFixture.store();
  // The panel reads only the store and the settings.
  private final Site site = new Site(store, SPEC, null, null, null, null, null, null, null, null);

  /** An enriched sample of the two strata's issues, labelled by the rules and annotated by gold. */
  private List<IssueId> annotatedSample() {
    Map<IssueId, String> written = TwoStrataIssues.insert(store);
    IssueClassification.run(store, IssueLabellers.rules(store, ISSUES), null, Progress.NONE);
    SampleRecords.draw(store, "round", new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
        new AnnotationExport.Design(6, 3, false, EnrichmentDesign.parse(6, "50%", "3,3")), null, null), ISSUES, null);
    List<IssueId> issues = SampleRecords.issues(store, "round");
    issues.forEach(issue -> new AnnotationForm(issue, "gold", "P".equals(written.get(issue)) ? "yes" : "no", List.of(),
        List.of(), "bug", "").save(store, SPEC.taxonomy(), "round"));
    return issues;
  }

  private String render(EvaluationPanel panel, List<IssueId> issues) {
    return panel.render(SampleRecords.find(store, "round"), "gold", 2, issues, false, Map.of("reference", "gold"));
  }

  @Test
  @Timeout(value = 60, unit = TimeUnit.SECONDS)
  void whileTheRepositoriesAreScreenedThePanelShowsItsOtherFiguresAndSaysTheWeightedOnesAreComing() throws Exception {
    List<IssueId> issues = annotatedSample();
    EvaluationPanel panel;
    String screening;
    // Holding the store keeps the background screening from reading the issues; this thread may still read.
    synchronized (store) {
      panel = new EvaluationPanel(site);
      screening = render(panel, issues);
    }

    assertThat(screening).contains("id=\"evaluation-figures\"", "id=\"evaluation-intervals\"", "id=\"strata-screening\"",
        "Screening…", "data-refresh=\"" + WorkspacePage.link("round", "gold", 2, Map.of("reference", "gold"))
            .replace("&", "&amp;") + "\"").doesNotContain("id=\"evaluation-strata\"", "id=\"weighting-problem\"");

    // Once screened, the same view shows the figures per stratum in its place.
    String screened = render(panel, issues);
    while (screened.contains("strata-screening")) {
      Thread.sleep(50);
      screened = render(panel, issues);
    }
    assertThat(screened).contains("id=\"evaluation-strata\"").doesNotContain("Screening…");
  }
}
