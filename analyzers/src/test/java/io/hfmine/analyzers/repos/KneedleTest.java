package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.repos.Kneedle.Direction;
import io.hfmine.analyzers.repos.Kneedle.Shape;
import java.util.OptionalInt;
import java.util.function.DoubleUnaryOperator;
import org.junit.jupiter.api.Test;

class KneedleTest {
  // For y = 1 - exp(-a x) on [0, 1], scaled to the unit square, the slope equals the chord's
  // slope (where y - x peaks) at x* = ln(a / (1 - exp(-a))) / a; for a = 10 that is 0.23026.
  private static final double A = 10;
  private static final double KNEE = Math.log(A / (1 - Math.exp(-A))) / A;
  private static final int POINTS = 1001;

  @Test
  void findsTheKneeOfAConcaveIncreasingCurve() {
    assertThat(kneeX(x -> 1 - Math.exp(-A * x), Shape.CONCAVE, Direction.INCREASING)).isCloseTo(KNEE, within(0.0015));
  }

  @Test
  void findsTheElbowOfAConvexDecreasingCurve() {
    assertThat(kneeX(x -> Math.exp(-A * x), Shape.CONVEX, Direction.DECREASING)).isCloseTo(KNEE, within(0.0015));
  }

  @Test
  void findsTheKneeOfAConvexIncreasingCurve() {
    assertThat(kneeX(x -> Math.exp(A * x), Shape.CONVEX, Direction.INCREASING)).isCloseTo(1 - KNEE, within(0.0015));
  }

  @Test
  void findsTheKneeOfAConcaveDecreasingCurve() {
    assertThat(kneeX(x -> 1 - Math.exp(A * (x - 1)), Shape.CONCAVE, Direction.DECREASING))
        .isCloseTo(1 - KNEE, within(0.0015));
  }

  @Test
  void findsTheCornerOfAPiecewiseLinearProjectsLeftCurve() {
    // projects with stars ≥ t: a steep fall from 1,000 to 100 until t = 20, then a slow tail to 0 at t = 200
    double[] x = new double[201];
    double[] y = new double[201];
    for (int t = 0; t <= 200; t++) {
      x[t] = t;
      y[t] = t <= 20 ? 1000 - 45.0 * t : 100 - (t - 20) * (100.0 / 180);
    }
    assertThat(Kneedle.knee(x, y, Shape.CONVEX, Direction.DECREASING)).hasValue(20);
  }

  @Test
  void measuresDistancesOnTheThresholdScaleNotByRank() {
    // plotted against the threshold, the fall ends at 13; by rank alone it would look like 2 or 3
    double[] x = {0, 1, 2, 3, 5, 8, 13, 40, 100, 400};
    double[] y = {500, 260, 150, 90, 60, 45, 38, 30, 25, 20};
    assertThat(Kneedle.knee(x, y, Shape.CONVEX, Direction.DECREASING)).hasValue(6);
  }

  @Test
  void aStraightLineHasNoKnee() {
    double[] x = {0, 1, 2, 3, 4, 5};
    double[] y = {10, 8, 6, 4, 2, 0};
    assertThat(Kneedle.knee(x, y, Shape.CONVEX, Direction.DECREASING)).isEmpty();
  }

  @Test
  void aFlatCurveOrTooFewPointsHaveNoKnee() {
    assertThat(Kneedle.knee(new double[] {1, 2, 3}, new double[] {7, 7, 7}, Shape.CONVEX, Direction.DECREASING)).isEmpty();
    assertThat(Kneedle.knee(new double[] {1, 2}, new double[] {7, 1}, Shape.CONVEX, Direction.DECREASING)).isEmpty();
    assertThat(Kneedle.knee(new double[0], new double[0], Shape.CONVEX, Direction.DECREASING)).isEmpty();
  }

  @Test
  void aHigherSensitivityIgnoresAShallowEarlyBump() {
    // a shallow local maximum at x = 2 before the real elbow at x = 6
    double[] x = {0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10};
    double[] y = {100, 82, 68, 60, 45, 25, 5, 0, 0, 0, 0};
    assertThat(Kneedle.knee(x, y, Shape.CONVEX, Direction.DECREASING, 0.1)).hasValue(2);
    assertThat(Kneedle.knee(x, y, Shape.CONVEX, Direction.DECREASING, 1.0)).hasValue(6);
  }

  @Test
  void rejectsUnsortedOrMismatchedInput() {
    assertThatThrownBy(() -> Kneedle.knee(new double[] {0, 2, 1}, new double[] {3, 2, 1}, Shape.CONVEX, Direction.DECREASING))
        .hasMessageContaining("strictly increasing");
    assertThatThrownBy(() -> Kneedle.knee(new double[] {0, 1}, new double[] {3}, Shape.CONVEX, Direction.DECREASING))
        .hasMessageContaining("differ in length");
  }

  private static double kneeX(DoubleUnaryOperator curve, Shape shape, Direction direction) {
    double[] x = new double[POINTS];
    double[] y = new double[POINTS];
    for (int i = 0; i < POINTS; i++) {
      x[i] = i / (POINTS - 1.0);
      y[i] = curve.applyAsDouble(x[i]);
    }
    OptionalInt knee = Kneedle.knee(x, y, shape, direction);
    assertThat(knee).isPresent();
    return x[knee.getAsInt()];
  }
}
