package io.hfmine.analyzers.issues.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class PrototypeVoteTest {
  private static final List<String> THEMES = List.of("HR", "RC");
  private static final List<String> NAMES = List.of("rules:ptm-score", "prototype:title~HR", "prototype:title~HR.MEM",
      "prototype:opening~RC", "prototype:opening~RC.DOWNLOAD");

  @Test
  void aThemeScoresItsBestCosineOverItsOwnAndItsSubThemesDefinitions() {
    // HR's best is its sub-theme's 0.40, RC's its own 0.35: a softmax at temperature 0.05 of a
    // 0.05 gap gives e / (e + 1) to HR.
    double[] p = PrototypeVote.probabilities(THEMES, NAMES, new double[] {3.0, 0.10, 0.40, 0.35, 0.20});
    assertEquals(Math.E / (Math.E + 1), p[0], 1e-9);
    assertEquals(1 / (Math.E + 1), p[1], 1e-9);
  }

  @Test
  void theRulesScoreAndOtherFeaturesDoNotVote() {
    double[] p = PrototypeVote.probabilities(THEMES, NAMES, new double[] {99, 0.2, 0.2, 0.2, 0.2});
    assertEquals(0.5, p[0], 1e-12);
    assertTrue(p[0] + p[1] > 0.999999);
  }

  @Test
  void aModelWithoutPrototypesHasNoVote() {
    assertNull(PrototypeVote.probabilities(THEMES, List.of("rules:ptm-score"), new double[] {1}));
  }
}
