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
    assertEquals(6.0 / 7, ThresholdChoice.f1(p, positive, 0.3), 1e-12);
    assertEquals(0.31, ThresholdChoice.bestF1(p, positive, 0.5), 1e-9);
  }

  @Test
  void withoutAnyPositiveTheFallbackIsKept() {
    assertEquals(0.42, ThresholdChoice.bestF1(new double[] {0.3, 0.8}, new boolean[] {false, false}, 0.42), 1e-12);
  }

  @Test
  void probabilitiesAndAnswersMustPair() {
    assertThrows(IllegalArgumentException.class,
        () -> ThresholdChoice.bestF1(new double[] {0.3}, new boolean[] {true, false}, 0.5));
  }
}
