package io.hfmine.analyzers.stats;

import static io.hfmine.analyzers.stats.ReferenceVectors.RELATIVE_1E_9;
import static io.hfmine.analyzers.stats.ReferenceVectors.doubles;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import org.junit.jupiter.api.Test;

class MannWhitneyUTest {

  @Test
  void statisticIsTheFirstSamplesUWhateverTheAlternative() {
    // x = {10, 11, 12} beats every y: U1 = 9, U2 = 0.
    for (Alternative alternative : Alternative.values()) {
      MannWhitneyResult result = MannWhitneyU.test(new double[] {10, 11, 12}, new double[] {1, 2, 3}, alternative);
      assertThat(result.u1()).isEqualTo(9.0);
      assertThat(result.u2()).isEqualTo(0.0);
    }
  }

  @Test
  void exactPValueOfCompleteSeparationIsOneOverTheNumberOfArrangements() {
    // 3 vs 3 with x all larger: only 1 of C(6,3) = 20 arrangements is as extreme.
    MannWhitneyResult result = MannWhitneyU.test(new double[] {10, 11, 12}, new double[] {1, 2, 3}, Alternative.GREATER);
    assertThat(result.method()).isEqualTo(MannWhitneyMethod.EXACT);
    assertThat(result.pValue()).isCloseTo(1.0 / 20, within(1e-15));
  }

  @Test
  void choosesExactOnlyForSmallUntiedSamplesAsSciPyDoes() {
    assertThat(MannWhitneyMethod.scipyAuto(8, 500, false)).isEqualTo(MannWhitneyMethod.EXACT);
    assertThat(MannWhitneyMethod.scipyAuto(9, 9, false)).isEqualTo(MannWhitneyMethod.ASYMPTOTIC);
    assertThat(MannWhitneyMethod.scipyAuto(3, 4, true)).isEqualTo(MannWhitneyMethod.ASYMPTOTIC);
  }

  @Test
  void allEqualValuesGivePValueOneLikeSciPy() {
    MannWhitneyResult result = MannWhitneyU.test(new double[] {2, 2, 2}, new double[] {2, 2, 2, 2}, Alternative.GREATER);
    assertThat(result.u1()).isEqualTo(6.0);
    assertThat(result.pValue()).isEqualTo(1.0);
  }

  @Test
  void rejectsEmptyAndNonFiniteSamples() {
    assertThatThrownBy(() -> MannWhitneyU.test(new double[0], new double[] {1}, Alternative.GREATER))
        .hasMessageContaining("first sample is empty");
    assertThatThrownBy(() -> MannWhitneyU.test(new double[] {1}, new double[] {Double.NaN}, Alternative.GREATER))
        .hasMessageContaining("second sample");
  }

  @Test
  void matchesSciPyAutoOnEveryReferenceVectorAndAlternative() {
    for (JsonNode vector : ReferenceVectors.generated().get("mannwhitneyu")) {
      double[] x = doubles(vector.get("x"));
      double[] y = doubles(vector.get("y"));
      for (Alternative alternative : Alternative.values()) {
        MannWhitneyResult result = MannWhitneyU.test(x, y, alternative);
        String where = vector.get("id").asText() + " " + alternative.scipyName();
        assertThat(result.u1()).as(where).isEqualTo(vector.get("U1").asDouble());
        assertThat(result.method().name().toLowerCase()).as(where).isEqualTo(vector.get("auto_method").asText());
        assertThat(result.pValue()).as(where)
            .isCloseTo(vector.get("p_auto").get(alternative.scipyName()).asDouble(), RELATIVE_1E_9);
      }
    }
  }

  @Test
  void matchesSciPyAsymptoticWhenForcedEvenOnExactEligibleSamples() {
    for (JsonNode vector : ReferenceVectors.generated().get("mannwhitneyu")) {
      double[] x = doubles(vector.get("x"));
      double[] y = doubles(vector.get("y"));
      for (Alternative alternative : Alternative.values()) {
        MannWhitneyResult result = MannWhitneyU.test(x, y, alternative, MannWhitneyMethod.ASYMPTOTIC);
        assertThat(result.pValue()).as(vector.get("id").asText() + " " + alternative.scipyName())
            .isCloseTo(vector.get("p_asymptotic").get(alternative.scipyName()).asDouble(), RELATIVE_1E_9);
      }
    }
  }

  @Test
  void matchesTheSharedTenDigitVectors() {
    for (JsonNode vector : ReferenceVectors.shared().get("mwu")) {
      double[] x = doubles(vector.get("x"));
      double[] y = doubles(vector.get("y"));
      for (Alternative alternative : Alternative.values()) {
        double expected = vector.get("p").get(alternative.scipyName()).get("au").asDouble();
        assertThat(MannWhitneyU.test(x, y, alternative).pValue())
            .as(vector.get("id").asText() + " " + alternative.scipyName())
            .isCloseTo(expected, RELATIVE_1E_9);
      }
    }
  }

  @Test
  void effectSizesFollowFromU() {
    for (JsonNode vector : ReferenceVectors.shared().get("mwu")) {
      DominanceEffect effect = DominanceEffect.of(
          MannWhitneyU.test(doubles(vector.get("x")), doubles(vector.get("y")), Alternative.GREATER));
      assertThat(effect.a12()).isCloseTo(vector.get("A12").asDouble(), within(1e-9));
      assertThat(effect.cliffsDelta()).isCloseTo(vector.get("cliffs_delta").asDouble(), within(1e-9));
    }
  }
}
