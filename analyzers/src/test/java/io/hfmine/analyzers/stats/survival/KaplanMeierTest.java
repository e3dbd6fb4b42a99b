package io.hfmine.analyzers.stats.survival;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

class KaplanMeierTest {
  private static final double TOLERANCE = 1e-9;

  static List<JsonNode> cases() {
    return SurvivalVectors.cases();
  }

  private static void assertMatches(double actual, Double expected, String what) {
    if (expected == null) {
      assertThat(Double.isFinite(actual)).as(what + ": R has NA or Inf, got " + actual).isFalse();
    } else {
      assertThat(actual).as(what).isCloseTo(expected, within(TOLERANCE));
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void stepsAndBandsMatchRsSurvfitWithLogConfidenceIntervals(JsonNode testCase) {
    for (JsonNode expected : testCase.get("curves")) {
      KaplanMeierCurve curve = KaplanMeier.fit(SurvivalVectors.sample(expected), 0.95);
      String group = testCase.get("id").asText() + "/" + expected.get("group").asText();
      assertThat(curve.steps()).as(group).hasSize(expected.get("km_time").size());
      for (int i = 0; i < curve.steps().size(); i++) {
        KaplanMeierStep step = curve.steps().get(i);
        String at = group + " step " + i;
        assertThat(step.time()).as(at).isEqualTo(expected.get("km_time").get(i).asDouble());
        assertThat(step.atRisk()).as(at).isEqualTo(expected.get("n_risk").get(i).asInt());
        assertThat(step.events()).as(at).isEqualTo(expected.get("n_event").get(i).asInt());
        assertThat(step.censored()).as(at).isEqualTo(expected.get("n_censor").get(i).asInt());
        assertMatches(step.survival(), SurvivalVectors.value(expected.get("surv").get(i)), at + " survival");
        assertMatches(step.stdErr(), SurvivalVectors.value(expected.get("std_err").get(i)), at + " std.err");
        assertMatches(step.lower(), SurvivalVectors.value(expected.get("lower").get(i)), at + " lower");
        assertMatches(step.upper(), SurvivalVectors.value(expected.get("upper").get(i)), at + " upper");
      }
    }
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("cases")
  void medianSurvivalAndItsLimitsMatchRsQuantileSurvfit(JsonNode testCase) {
    for (JsonNode expected : testCase.get("curves")) {
      KaplanMeierCurve curve = KaplanMeier.fit(SurvivalVectors.sample(expected), 0.95);
      String group = testCase.get("id").asText() + "/" + expected.get("group").asText();
      assertMatches(curve.median(), SurvivalVectors.value(expected.get("median")), group + " median");
      assertMatches(curve.medianLower(), SurvivalVectors.value(expected.get("median_lower")), group + " lower");
      assertMatches(curve.medianUpper(), SurvivalVectors.value(expected.get("median_upper")), group + " upper");
    }
  }

  @Test
  void aCurveRestingAtExactlyOneHalfHasItsMedianHalfwayToTheNextDrop() {
    // Six events at 1..6: S(3) = 0.5 exactly until the drop at 4, so the median is 3.5.
    KaplanMeierCurve curve = KaplanMeier.fit(new SurvivalSample(new double[] {1, 2, 3, 4, 5, 6},
        new boolean[] {true, true, true, true, true, true}), 0.95);
    assertThat(curve.median()).isEqualTo(3.5);
  }

  @Test
  void censoredTimesLowerTheNumberAtRiskButNotTheCurve() {
    KaplanMeierCurve curve = KaplanMeier.fit(new SurvivalSample(new double[] {2, 1, 3},
        new boolean[] {true, false, true}), 0.95);
    assertThat(curve.survivalAt(1)).isEqualTo(1.0);
    // At 2: one event among the two still at risk.
    assertThat(curve.survivalAt(2)).isEqualTo(0.5);
    assertThat(curve.survivalAt(3)).isEqualTo(0.0);
  }
}
