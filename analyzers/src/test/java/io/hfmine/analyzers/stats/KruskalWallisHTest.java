package io.hfmine.analyzers.stats;

import static io.hfmine.analyzers.stats.ReferenceVectors.RELATIVE_1E_9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class KruskalWallisHTest {

  @Test
  void handComputedStatisticWithoutTies() {
    // Ranks: {1,2,3} vs {4,5,6}: H = 12/(6·7)·(36/3 + 225/3) − 3·7 = 27/7.
    KruskalWallisResult result = KruskalWallisH.test(List.of(new double[] {1, 2, 3}, new double[] {4, 5, 6}));
    assertThat(result.h()).isCloseTo(27.0 / 7, within(1e-12));
    assertThat(result.tieCorrection()).isEqualTo(1.0);
    assertThat(result.degreesOfFreedom()).isEqualTo(1);
    assertThat(result.epsilonSquared()).isCloseTo(27.0 / 7 / 5, within(1e-12));
    assertThat(result.meanRanks()).containsExactly(2.0, 5.0);
  }

  @Test
  void identicalValuesAreAnError() {
    assertThatThrownBy(() -> KruskalWallisH.test(List.of(new double[] {1, 1}, new double[] {1})))
        .hasMessageContaining("identical");
  }

  @Test
  void needsTwoGroups() {
    assertThatThrownBy(() -> KruskalWallisH.test(List.of(new double[] {1, 2})))
        .hasMessageContaining("at least two groups");
  }

  @Test
  void matchesSciPyOnEveryReferenceVector() {
    for (JsonNode vector : ReferenceVectors.generated().get("kruskal")) {
      KruskalWallisResult result = KruskalWallisH.test(ReferenceVectors.groups(vector.get("groups")));
      String where = vector.get("id").asText();
      assertThat(result.h()).as(where).isCloseTo(vector.get("H").asDouble(), RELATIVE_1E_9);
      assertThat(result.pValue()).as(where).isCloseTo(vector.get("p").asDouble(), RELATIVE_1E_9);
      assertThat(result.degreesOfFreedom()).as(where).isEqualTo(vector.get("df").asInt());
      assertThat(result.epsilonSquared()).as(where).isCloseTo(vector.get("epsilon_squared").asDouble(), RELATIVE_1E_9);
      for (int g = 0; g < result.groups(); g++) {
        assertThat(result.meanRanks().get(g)).as(where).isCloseTo(vector.get("mean_ranks").get(g).asDouble(), RELATIVE_1E_9);
      }
    }
  }

  @Test
  void matchesTheSharedTenDigitVectors() {
    for (JsonNode vector : ReferenceVectors.shared().get("kruskal")) {
      KruskalWallisResult result = KruskalWallisH.test(ReferenceVectors.groups(vector.get("groups")));
      assertThat(result.h()).isCloseTo(vector.get("H").asDouble(), RELATIVE_1E_9);
      assertThat(result.pValue()).isCloseTo(vector.get("p").asDouble(), RELATIVE_1E_9);
      assertThat(result.tieCorrection()).isCloseTo(vector.get("tie_C").asDouble(), RELATIVE_1E_9);
      assertThat(result.epsilonSquared()).isCloseTo(vector.get("eps2_H_over_N-1").asDouble(), RELATIVE_1E_9);
    }
  }
}
