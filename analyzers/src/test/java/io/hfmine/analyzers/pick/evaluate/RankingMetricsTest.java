package io.hfmine.analyzers.pick.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RankingMetricsTest {
  @Test
  void theFirstHitIsTheRankOfTheFirstSuitableAnswer() {
    assertThat(RankingMetrics.firstHit(List.of("a", "b", "c"), Set.of("c", "x"))).isEqualTo(3);
    assertThat(RankingMetrics.firstHit(List.of("a", "b"), Set.of("x"))).isZero();
    assertThat(RankingMetrics.firstHit(List.of(), Set.of("x"))).isZero();
  }

  @Test
  void hitAtKAndMrrMatchHandComputedValues() {
    // five requests whose first hits are at ranks 1, none, 3, 7 and 2
    List<Integer> firstHits = List.of(1, 0, 3, 7, 2);

    assertThat(RankingMetrics.hitAt(firstHits, 1)).isCloseTo(1 / 5.0, within(1e-12));
    assertThat(RankingMetrics.hitAt(firstHits, 5)).isCloseTo(3 / 5.0, within(1e-12));
    assertThat(RankingMetrics.hitAt(firstHits, 10)).isCloseTo(4 / 5.0, within(1e-12));
    // (1 + 0 + 1/3 + 1/7 + 1/2) / 5 = 0.395238...
    assertThat(RankingMetrics.meanReciprocalRank(firstHits)).isCloseTo(0.3952380952, within(1e-9));
  }

  @Test
  void noRequestsGiveNoFigures() {
    assertThat(RankingMetrics.hitAt(List.of(), 10)).isNaN();
    assertThat(RankingMetrics.meanReciprocalRank(List.of())).isNaN();
  }
}
