package io.hfmine.web.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.sampling.AnnotationExport;
import io.hfmine.analyzers.issues.sampling.EnrichmentDesign;
import io.hfmine.analyzers.issues.sampling.StoreStrata;
import io.hfmine.analyzers.issues.sampling.Stratum;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.StudyFixture;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** The evaluation panel's strata: screened in the background, once per repository, and never seen in part. */
class PopulationStrataTest {
  private static final IssueSettings ISSUES = StudyFixture.spec().issues();

  private static Map<IssueId, Stratum> expected(Map<IssueId, String> written, String repository) {
    Map<IssueId, Stratum> strata = new HashMap<>();
    written.forEach((issue, stratum) -> {
      if (issue.repository().equals(repository)) {
        strata.put(issue, Stratum.valueOf(stratum));
      }
    });
    return strata;
  }

  @Test
  void eachRepositoryIsScreenedOnceInTheBatchThatFirstNamedItAndGivesThePrescreensStrata() {
    Store store = StudyFixture.store();
    Map<IssueId, String> written = TwoStrataIssues.insert(store);
    PopulationStrata population = new PopulationStrata(store, ISSUES);

    population.prepare(Set.of("lab/vision", "solo/plots"));
    Map<IssueId, Stratum> vision = population.of(Set.of("lab/vision"));
    Map<IssueId, Stratum> both = population.of(Set.of("lab/vision", "solo/plots"));

    assertThat(vision).isEqualTo(expected(written, "lab/vision")).hasSize(11);
    Map<IssueId, Stratum> all = new HashMap<>(expected(written, "lab/vision"));
    all.putAll(expected(written, "solo/plots"));
    assertThat(both).isEqualTo(all).isEqualTo(StoreStrata.ofRepositories(store, ISSUES,
        Set.of("lab/vision", "solo/plots")));
    assertThat(population.batches()).isEqualTo(1);

    // A repository not named before is screened in a batch of its own; the others are not screened again.
    assertThat(population.of(Set.of("solo/plots", "none/here"))).isEqualTo(expected(written, "solo/plots"));
    assertThat(population.batches()).isEqualTo(2);
  }

  @Test
  void aViewWaitsForTheRepositoriesStillBeingScreenedInsteadOfCountingPartOfThem() throws Exception {
    Store store = StudyFixture.store();
    Map<IssueId, String> written = TwoStrataIssues.insert(store);
    PopulationStrata population = new PopulationStrata(store, ISSUES);
    CompletableFuture<Map<IssueId, Stratum>> view;
    // Holding the store keeps the background screening from reading the issues.
    synchronized (store) {
      population.prepare(Set.of("lab/vision"));
      view = CompletableFuture.supplyAsync(() -> population.of(Set.of("lab/vision")));
      Thread.sleep(300);
      assertThat(view).isNotDone();
    }
    assertThat(view.get(30, TimeUnit.SECONDS)).isEqualTo(expected(written, "lab/vision"));
    assertThat(population.batches()).isEqualTo(1);
  }

  @Test
  void theRepositoriesToScreenAheadAreThoseOfEnrichedSamplesIssues() {
    Store store = StudyFixture.store();
    TwoStrataIssues.insert(store);
    SampleRecords.draw(store, "round", new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
        new AnnotationExport.Design(6, 3, false, EnrichmentDesign.parse(6, "50%", "3,3")), null, null), ISSUES, null);
    SampleRecords.draw(store, "plain", new AnnotationExport.Spec(AnnotationExport.Task.relevance, "human",
        AnnotationExport.Design.plain(6, 3, false), null, null), ISSUES, null);

    Set<String> drawn = new TreeSet<>();
    SampleRecords.issues(store, "round").forEach(issue -> drawn.add(issue.repository()));
    assertThat(drawn).isNotEmpty();
    assertThat(SampleRecords.enrichedRepositories(store, "round")).isEqualTo(drawn);
    assertThat(SampleRecords.enrichedRepositories(store, null)).isEqualTo(drawn);
    assertThat(SampleRecords.enrichedRepositories(store, "plain")).isEmpty();
  }
}
