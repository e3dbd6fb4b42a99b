package io.hfmine.analyzers.issues.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.evaluation.StratifiedRelevance.Scored;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StratifiedRelevanceTest {
  private static final List<Scored> SAMPLE = List.of(
      new Scored("P", true, true), new Scored("P", true, false), new Scored("P", false, true), new Scored("P", false, false),
      new Scored("R", true, false), new Scored("R", false, false));

  @Test
  void eachIssueStandsForItsStratumsShareOfThePopulation() {
    // 4 of 40 prescreened issues drawn (weight 10), 2 of 100 others (weight 50):
    // TP 10, FP 10, FN 10 + 50; 70 of 140 PTM-related by the labels, 20 of 140 by the method.
    StratifiedRelevance figures = StratifiedRelevance.of(SAMPLE, Map.of("P", 40L, "R", 100L));

    assertThat(figures.precision()).isCloseTo(0.5, within(1e-12));
    assertThat(figures.recall()).isCloseTo(10.0 / 70, within(1e-12));
    assertThat(figures.f1()).isCloseTo(2 * 0.5 * (10.0 / 70) / (0.5 + 10.0 / 70), within(1e-12));
    assertThat(figures.goldShare()).isCloseTo(0.5, within(1e-12));
    assertThat(figures.predictedShare()).isCloseTo(20.0 / 140, within(1e-12));
  }

  @Test
  void aSampleDrawnInProportionGivesTheUnweightedFigures() {
    List<Scored> sample = new ArrayList<>(SAMPLE);
    BinaryCounts counts = BinaryCounts.ZERO;
    for (Scored item : sample) {
      counts = counts.add(item.gold(), item.predicted());
    }

    StratifiedRelevance figures = StratifiedRelevance.of(sample, Map.of("P", 400L, "R", 200L));

    assertThat(figures.precision()).isCloseTo(counts.precision(), within(1e-12));
    assertThat(figures.recall()).isCloseTo(counts.recall(), within(1e-12));
    assertThat(figures.f1()).isCloseTo(counts.f1(), within(1e-12));
  }

  @Test
  void aStratumThePopulationHasButTheSampleLacksCannotBeEstimated() {
    assertThatThrownBy(() -> StratifiedRelevance.of(SAMPLE, Map.of("P", 40L, "R", 100L, "Q", 5L)))
        .hasMessageContaining("stratum Q has 5 issues in the population but none in the sample");
    assertThatThrownBy(() -> StratifiedRelevance.of(SAMPLE, Map.of("P", 40L)))
        .hasMessageContaining("stratum R of the sample is not in the population");
  }
}
