package io.hfmine.analyzers.stats;

import static io.hfmine.analyzers.stats.ReferenceVectors.RELATIVE_1E_9;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class ChiSquareIndependenceTest {

  @Test
  void handComputedTwoByTwoWithYates() {
    // [[10, 0], [0, 10]]: E = 5 everywhere, |O − E| = 5 → 4.5 after Yates; χ² = 4 · 4.5²/5 = 16.2.
    ChiSquareResult result = ChiSquareIndependence.test(new long[][] {{10, 0}, {0, 10}});
    assertThat(result.yatesCorrected()).isTrue();
    assertThat(result.statistic()).isCloseTo(16.2, within(1e-12));
    assertThat(result.degreesOfFreedom()).isEqualTo(1);
  }

  @Test
  void noYatesBeyondTwoByTwo() {
    assertThat(ChiSquareIndependence.test(new long[][] {{10, 0, 5}, {0, 10, 5}}).yatesCorrected()).isFalse();
  }

  @Test
  void zeroExpectedCountIsAnError() {
    assertThatThrownBy(() -> ChiSquareIndependence.test(new long[][] {{10, 0}, {5, 0}}))
        .hasMessageContaining("expected count 0 at row 1, column 2");
  }

  @Test
  void matchesSciPyOnEveryReferenceTable() {
    for (JsonNode vector : ReferenceVectors.generated().get("chi2_contingency")) {
      JsonNode rows = vector.get("observed");
      long[][] observed = new long[rows.size()][];
      for (int r = 0; r < rows.size(); r++) {
        observed[r] = new long[rows.get(r).size()];
        for (int c = 0; c < observed[r].length; c++) {
          observed[r][c] = rows.get(r).get(c).asLong();
        }
      }
      ChiSquareResult result = ChiSquareIndependence.test(observed);
      String where = vector.get("id").asText();
      assertThat(result.statistic()).as(where).isCloseTo(vector.get("statistic").asDouble(), RELATIVE_1E_9);
      assertThat(result.pValue()).as(where).isCloseTo(vector.get("p").asDouble(), RELATIVE_1E_9);
      assertThat(result.degreesOfFreedom()).as(where).isEqualTo(vector.get("dof").asInt());
      assertThat(result.expected()[0][0]).as(where)
          .isCloseTo(vector.get("expected").get(0).get(0).asDouble(), RELATIVE_1E_9);
    }
  }
}
