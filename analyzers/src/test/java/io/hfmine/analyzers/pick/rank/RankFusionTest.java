package io.hfmine.analyzers.pick.rank;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.index.Scored;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RankFusionTest {
  private static Map<String, List<Scored>> rankings() {
    Map<String, List<Scored>> rankings = new LinkedHashMap<>();
    rankings.put("bm25", List.of(new Scored(1, 10), new Scored(2, 5), new Scored(3, 2)));
    rankings.put("embedding", List.of(new Scored(3, 0.9), new Scored(1, 0.6)));
    return rankings;
  }

  @Test
  void reciprocalRankFusionAddsWeightOverKPlusRank() {
    List<RankFusion.Fused> fused = new RankFusion(PickSettings.Fusion.RRF, 60, Map.of("bm25", 1.0, "embedding", 1.0))
        .fuse(rankings());

    assertThat(fused).extracting(RankFusion.Fused::ordinal).containsExactly(1, 3, 2);
    assertThat(fused.get(0).score()).isCloseTo(1.0 / 61 + 1.0 / 62, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(1.0 / 63 + 1.0 / 61, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(1.0 / 62, within(1e-12));
    assertThat(fused.get(1).parts().get("embedding").rank()).isEqualTo(1);
    assertThat(fused.get(2).parts()).doesNotContainKey("embedding");
  }

  @Test
  void aWeightedSumScalesEachRankerByItsBestScore() {
    List<RankFusion.Fused> fused = new RankFusion(PickSettings.Fusion.WEIGHTED_SUM, 60,
        Map.of("bm25", 1.0, "embedding", 2.0)).fuse(rankings());

    // ordinal 1: 10/10 + 2 x 0.6/0.9 = 2.333; ordinal 3: 2/10 + 2 x 0.9/0.9 = 2.2; ordinal 2: 5/10
    assertThat(fused).extracting(RankFusion.Fused::ordinal).containsExactly(1, 3, 2);
    assertThat(fused.get(0).score()).isCloseTo(1.0 + 2 * 0.6 / 0.9, within(1e-12));
    assertThat(fused.get(1).score()).isCloseTo(0.2 + 2.0, within(1e-12));
    assertThat(fused.get(2).score()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void aRankerWithoutWeightChangesNothingAndTiesGoToTheLowerOrdinal() {
    List<RankFusion.Fused> fused = new RankFusion(PickSettings.Fusion.RRF, 60, Map.of("bm25", 1.0))
        .fuse(Map.of("bm25", List.of(new Scored(5, 3), new Scored(4, 3)), "embedding", List.of(new Scored(4, 1))));
    assertThat(fused).extracting(RankFusion.Fused::ordinal).containsExactly(5, 4);
  }
}
