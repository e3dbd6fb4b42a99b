package io.hfmine.analyzers.stats;

import static io.hfmine.analyzers.stats.ReferenceVectors.RELATIVE_1E_9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.api.Test;

class DunnTestTest {

  @Test
  void holmMultipliesTheSmallestByTheNumberOfTestsAndNeverDecreases() {
    double[] adjusted = HolmAdjustment.adjust(new double[] {0.04, 0.01, 0.03});
    // Sorted: 0.01·3 = 0.03, 0.03·2 = 0.06, 0.04·1 = 0.04 → raised to 0.06.
    assertThat(adjusted[1]).isCloseTo(0.03, within(1e-15));
    assertThat(adjusted[2]).isCloseTo(0.06, within(1e-15));
    assertThat(adjusted[0]).isCloseTo(0.06, within(1e-15));
  }

  @Test
  void holmCapsAtOne() {
    assertThat(HolmAdjustment.adjust(new double[] {0.6, 0.7})).containsExactly(1.0, 1.0);
  }

  @Test
  void pairsComeInIndexOrderWithPositiveZWhenTheFirstGroupRanksHigher() {
    List<DunnComparison> pairs = DunnTest.test(List.of(new double[] {7, 8, 9}, new double[] {1, 2, 3}, new double[] {4, 5, 6}));
    assertThat(pairs).extracting(DunnComparison::a, DunnComparison::b)
        .containsExactly(org.assertj.core.groups.Tuple.tuple(0, 1), org.assertj.core.groups.Tuple.tuple(0, 2),
            org.assertj.core.groups.Tuple.tuple(1, 2));
    assertThat(pairs.get(0).z()).isPositive();
    assertThat(pairs.get(2).z()).isNegative();
  }

  @Test
  void matchesScikitPosthocsOnTheSharedVectors() {
    for (JsonNode vector : ReferenceVectors.shared().get("kruskal")) {
      List<DunnComparison> pairs = DunnTest.test(ReferenceVectors.groups(vector.get("groups")));
      JsonNode expected = vector.get("dunn_i_j_z_p_pholm");
      assertThat(pairs).hasSize(expected.size());
      for (int k = 0; k < pairs.size(); k++) {
        JsonNode row = expected.get(k);
        DunnComparison pair = pairs.get(k);
        assertThat(pair.a()).isEqualTo(row.get(0).asInt());
        assertThat(pair.b()).isEqualTo(row.get(1).asInt());
        assertThat(pair.z()).isCloseTo(row.get(2).asDouble(), RELATIVE_1E_9);
        assertThat(pair.pValue()).isCloseTo(row.get(3).asDouble(), RELATIVE_1E_9);
        assertThat(pair.pHolm()).isCloseTo(row.get(4).asDouble(), RELATIVE_1E_9);
      }
    }
  }

  @Test
  void matchesTheGeneratedVectorsIncludingLargeUnequalGroups() {
    for (JsonNode vector : ReferenceVectors.generated().get("kruskal")) {
      List<DunnComparison> pairs = DunnTest.test(ReferenceVectors.groups(vector.get("groups")));
      JsonNode expected = vector.get("dunn");
      for (int k = 0; k < pairs.size(); k++) {
        String where = vector.get("id").asText() + " pair " + k;
        assertThat(pairs.get(k).z()).as(where).isCloseTo(expected.get(k).get(2).asDouble(), RELATIVE_1E_9);
        assertThat(pairs.get(k).pValue()).as(where).isCloseTo(expected.get(k).get(3).asDouble(), RELATIVE_1E_9);
        assertThat(pairs.get(k).pHolm()).as(where).isCloseTo(expected.get(k).get(4).asDouble(), RELATIVE_1E_9);
      }
    }
  }
}
