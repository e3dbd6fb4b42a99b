package io.hfmine.analyzers.stats;

import static io.hfmine.analyzers.stats.ReferenceVectors.RELATIVE_1E_9;
import static io.hfmine.analyzers.stats.ReferenceVectors.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Random;
import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;
import org.junit.jupiter.api.Test;

class ExactUDistributionTest {

  @Test
  void twoAgainstTwoHasSixArrangements() {
    // U over the 6 arrangements of 2 + 2 values: 0, 1, 2, 2, 3, 4.
    ExactUDistribution distribution = ExactUDistribution.of(2, 2);
    assertThat(distribution.upperTail(0)).isEqualTo(1.0);
    assertThat(distribution.upperTail(2)).isCloseTo(4.0 / 6, within(1e-15));
    assertThat(distribution.upperTail(3)).isCloseTo(2.0 / 6, within(1e-15));
    assertThat(distribution.upperTail(4)).isCloseTo(1.0 / 6, within(1e-15));
    assertThat(distribution.upperTail(5)).isZero();
  }

  @Test
  void isSymmetricInTheSampleSizes() {
    assertThat(ExactUDistribution.of(3, 7).upperTail(15)).isEqualTo(ExactUDistribution.of(7, 3).upperTail(15));
  }

  @Test
  void agreesWithCommonsStatisticsExactOnUntiedSamples() {
    Random random = new Random(5);
    for (int[] sizes : new int[][] {{1, 9}, {3, 4}, {5, 5}, {8, 8}, {2, 40}, {7, 120}}) {
      double[] x = random.doubles(sizes[0]).toArray();
      double[] y = random.doubles(sizes[1]).map(v -> v + 0.2).toArray();
      for (Alternative alternative : Alternative.values()) {
        double ours = MannWhitneyU.test(x, y, alternative, MannWhitneyMethod.EXACT).pValue();
        double commons = MannWhitneyUTest.withDefaults().with(PValueMethod.EXACT).with(commons(alternative))
            .test(x, y).getPValue();
        assertThat(ours).as(sizes[0] + " vs " + sizes[1] + " " + alternative).isCloseTo(commons, RELATIVE_1E_9);
      }
    }
  }

  @Test
  void forcedExactMatchesSciPyEvenWithTiesByTruncatingU() {
    for (JsonNode vector : ReferenceVectors.shared().get("mwu")) {
      for (Alternative alternative : Alternative.values()) {
        double expected = vector.get("p").get(alternative.scipyName()).get("ex").asDouble();
        double p = MannWhitneyU.test(doubles(vector.get("x")), doubles(vector.get("y")), alternative,
            MannWhitneyMethod.EXACT).pValue();
        assertThat(p).as(vector.get("id").asText() + " " + alternative).isCloseTo(expected, RELATIVE_1E_9);
      }
    }
  }

  @Test
  void eightAgainstThousandsStaysExactAsSciPyRuleSays() {
    Random random = new Random(9);
    double[] x = random.doubles(8).toArray();
    double[] y = random.doubles(5000).toArray();
    MannWhitneyResult exact = MannWhitneyU.test(x, y, Alternative.GREATER);
    MannWhitneyResult normal = MannWhitneyU.test(x, y, Alternative.GREATER, MannWhitneyMethod.ASYMPTOTIC);
    assertThat(exact.method()).isEqualTo(MannWhitneyMethod.EXACT);
    assertThat(exact.pValue()).isBetween(0.0, 1.0).isCloseTo(normal.pValue(), within(0.02));
  }

  private static AlternativeHypothesis commons(Alternative alternative) {
    return switch (alternative) {
      case GREATER -> AlternativeHypothesis.GREATER_THAN;
      case LESS -> AlternativeHypothesis.LESS_THAN;
      case TWO_SIDED -> AlternativeHypothesis.TWO_SIDED;
    };
  }
}
