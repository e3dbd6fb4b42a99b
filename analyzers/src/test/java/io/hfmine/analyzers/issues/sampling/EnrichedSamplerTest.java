package io.hfmine.analyzers.issues.sampling;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EnrichedSamplerTest {
  /** Repositories with (prescreened, other) candidate counts; issue numbers run on across strata. */
  private static final Map<String, int[]> POOLS = Map.of("big/one", new int[] {20, 40}, "mid/two", new int[] {6, 15},
      "small/three", new int[] {2, 3}, "lone/four", new int[] {0, 9});

  private static List<EnrichedSampler.Candidate> candidates() {
    List<EnrichedSampler.Candidate> all = new ArrayList<>();
    POOLS.forEach((repository, counts) -> {
      int number = 1;
      for (int s = 0; s < 2; s++) {
        for (int i = 0; i < counts[s]; i++, number++) {
          all.add(new EnrichedSampler.Candidate(IssueText.of(new IssueId(repository, number), "t", "", List.of(),
              List.of(), null), s == 0 ? Stratum.P : Stratum.R));
        }
      }
    });
    return all;
  }

  private static Map<IssueId, Stratum> strataOf(List<EnrichedSampler.Candidate> candidates) {
    Map<IssueId, Stratum> strata = new HashMap<>();
    candidates.forEach(c -> strata.put(c.issue().id(), c.stratum()));
    return strata;
  }

  private static List<IssueId> ids(EnrichedSampler.Sample sample) {
    return sample.issues().stream().map(c -> c.issue().id()).toList();
  }

  @Test
  void sameSeedGivesSameSampleWhateverTheCandidatesOrder() {
    List<EnrichedSampler.Candidate> reversed = new ArrayList<>(candidates());
    Collections.reverse(reversed);
    EnrichmentDesign design = new EnrichmentDesign(10, 8, 4, 3);

    assertThat(ids(EnrichedSampler.sample(reversed, design, 42))).isEqualTo(ids(EnrichedSampler.sample(candidates(), design, 42)));
    assertThat(ids(EnrichedSampler.sample(candidates(), design, 43))).isNotEqualTo(ids(EnrichedSampler.sample(candidates(), design, 42)));
  }

  @Test
  void eachStratumGetsItsTargetFromItsOwnCandidatesWithinTheCapsPerRepository() {
    Map<IssueId, Stratum> truth = strataOf(candidates());

    for (long seed = 1; seed <= 20; seed++) {
      EnrichedSampler.Sample sample = EnrichedSampler.sample(candidates(), new EnrichmentDesign(10, 8, 4, 3), seed);

      List<IssueId> drawn = ids(sample);
      assertThat(drawn).doesNotHaveDuplicates().allSatisfy(id -> assertThat(truth).containsKey(id));
      assertThat(sample.issues()).allSatisfy(c -> assertThat(c.stratum()).isEqualTo(truth.get(c.issue().id())));
      Map<Stratum, Long> perStratum = drawn.stream().collect(Collectors.groupingBy(truth::get, Collectors.counting()));
      assertThat(perStratum).containsEntry(Stratum.P, 10L).containsEntry(Stratum.R, 8L);
      Map<String, Long> prescreenedPerRepository = drawn.stream().filter(id -> truth.get(id) == Stratum.P)
          .collect(Collectors.groupingBy(IssueId::repository, Collectors.counting()));
      Map<String, Long> randomPerRepository = drawn.stream().filter(id -> truth.get(id) == Stratum.R)
          .collect(Collectors.groupingBy(IssueId::repository, Collectors.counting()));
      assertThat(prescreenedPerRepository.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(4));
      assertThat(randomPerRepository.values()).allSatisfy(n -> assertThat(n).isLessThanOrEqualTo(3));
      assertThat(sample.strata().get(Stratum.P).shortfall()).isNull();
    }
  }

  @Test
  void aStratumTheCapsCannotFillIsDrawnAsFarAsTheyAllowAndReportedShort() {
    // Prescreened candidates per repository 20, 6, 2, 0 under a cap of 3: 3 + 3 + 2 = 8 at most.
    EnrichedSampler.Sample sample = EnrichedSampler.sample(candidates(), new EnrichmentDesign(12, 5, 3, 2), 7);

    EnrichedSampler.StratumDraw prescreened = sample.strata().get(Stratum.P);
    assertThat(prescreened.candidates()).isEqualTo(28);
    assertThat(prescreened.repositories()).isEqualTo(3);
    assertThat(prescreened.drawn()).hasSize(8);
    assertThat(prescreened.shortfall()).contains("cap of 3", "admits only 8 of 28");
    assertThat(sample.strata().get(Stratum.R).drawn()).hasSize(5);
    assertThat(sample.issues()).hasSize(13);
  }

  @Test
  void aStratumWithTooFewCandidatesIsTakenWholeAndReportedShort() {
    EnrichedSampler.Sample sample = EnrichedSampler.sample(candidates(), new EnrichmentDesign(40, 5,
        EnrichmentDesign.NO_CAP, EnrichmentDesign.NO_CAP), 7);

    assertThat(sample.strata().get(Stratum.P).drawn()).hasSize(28);
    assertThat(sample.strata().get(Stratum.P).shortfall()).isEqualTo("only 28 candidates");
    assertThat(sample.strata().get(Stratum.R).drawn()).hasSize(5);
  }

  @Test
  void aLargerTargetWithTheSameSeedOnlyAddsIssues() {
    List<IssueId> small = ids(EnrichedSampler.sample(candidates(), new EnrichmentDesign(6, 4, 5, 5), 11));
    List<IssueId> large = ids(EnrichedSampler.sample(candidates(), new EnrichmentDesign(12, 9, 5, 5), 11));

    assertThat(large).containsAll(small);
  }
}
