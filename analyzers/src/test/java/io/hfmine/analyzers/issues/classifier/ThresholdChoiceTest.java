package io.hfmine.analyzers.issues.classifier;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

class ThresholdChoiceTest {
  @Test
  void theThresholdIsTheMiddleOfTheRangeWithTheBestF1() {
    // Positives at 0.9, 0.7, 0.4; negatives at 0.6, 0.2, 0.1. Calling from 0.21 to 0.40 catches all three
    // positives and one negative (F1 6/7); from 0.41 to 0.60 two positives and one negative (F1 4/6);
    // nothing beats 6/7, so the middle of 0.21..0.40 (20 grid points, index 10) is 0.31.
    double[] p = {0.9, 0.7, 0.4, 0.6, 0.2, 0.1};
    boolean[] positive = {true, true, true, false, false, false};
    assertEquals(6.0 / 7, ThresholdChoice.f1(p, positive, new double[] {1, 1, 1, 1, 1, 1}, 0.3), 1e-12);
    assertEquals(0.31, ThresholdChoice.bestF1(p, positive, 0.5), 1e-9);
  }

  @Test
  void heavierAnswersMoveTheThresholdTowardsWhatSuitsThem() {
    // The same answers, but the positive at 0.4 and the negative at 0.6 each stand for 5 issues.
    // From 0.21 to 0.40: TP 7, FP 5, FN 0, F1 14/19 = 0.737; from 0.41 to 0.60: TP 2, FP 5, FN 5,
    // F1 4/14; from 0.61 to 0.70: TP 2, FP 0, FN 5, F1 4/9 = 0.444. Still 0.21..0.40, middle 0.31.
    double[] p = {0.9, 0.7, 0.4, 0.6, 0.2, 0.1};
    boolean[] positive = {true, true, true, false, false, false};
    assertEquals(0.31, ThresholdChoice.bestF1(p, positive, new double[] {1, 1, 5, 5, 1, 1}, 0.5), 1e-9);
    // Now the negatives at 0.6 and 0.2 stand for 9 and 20 issues: 0.21..0.40 gives TP 3, FP 9, F1 6/15;
    // 0.61..0.70 gives TP 2, FP 0, FN 1, F1 4/5, the best; the middle of its 10 grid points is 0.66.
    assertEquals(0.66, ThresholdChoice.bestF1(p, positive, new double[] {1, 1, 1, 9, 20, 1}, 0.5), 1e-9);
  }

  @Test
  void withoutAnyPositiveTheFallbackIsKept() {
    assertEquals(0.42, ThresholdChoice.bestF1(new double[] {0.3, 0.8}, new boolean[] {false, false}, 0.42), 1e-12);
  }

  @Test
  void probabilitiesAndAnswersMustPair() {
    assertThrows(IllegalArgumentException.class,
        () -> ThresholdChoice.bestF1(new double[] {0.3}, new boolean[] {true, false}, 0.5));
    assertThrows(IllegalArgumentException.class,
        () -> ThresholdChoice.bestF1(new double[] {0.3}, new boolean[] {true}, new double[] {1, 1}, 0.5));
  }
}
