package io.hfmine.analyzers.repos;

import java.util.OptionalInt;

/**
 * The Kneedle knee/elbow detector (Satopää, Albrecht, Irwin and Raghavan, "Finding a 'Kneedle'
 * in a Haystack", ICDCS workshops 2011), offline and without smoothing.
 *
 * <p>The curve is scaled to the unit square and turned into a concave, increasing one (a convex
 * or decreasing curve is mirrored), then the difference curve {@code y - x} is scanned: a local
 * maximum of it is a knee once the difference drops below
 * {@code max - sensitivity * mean x step} before the next local maximum. The first confirmed
 * knee is returned, as the {@code kneed} Python package does offline. A larger sensitivity asks
 * for a more pronounced knee; 1.0 is the paper's recommendation.
 *
 * <p>For "threshold vs projects left" (projects with metric ≥ threshold), the curve is
 * {@link Direction#DECREASING} and {@link Shape#CONVEX}: its knee is the elbow where raising the
 * threshold stops removing many projects.
 */
public final class Kneedle {
  /** Whether y grows or falls with x. */
  public enum Direction { INCREASING, DECREASING }

  /** Whether the curve bends down (concave) or up (convex). */
  public enum Shape { CONCAVE, CONVEX }

  private Kneedle() {
  }

  /**
   * The index of the knee of the points {@code (x[i], y[i])}, or empty when the curve has none
   * (fewer than three points, a flat curve, or no local maximum of the difference curve confirmed).
   *
   * @param x strictly increasing
   * @param y same length as {@code x}
   */
  public static OptionalInt knee(double[] x, double[] y, Shape shape, Direction direction, double sensitivity) {
    if (x.length != y.length) {
      throw new IllegalArgumentException("x and y differ in length: " + x.length + " vs " + y.length);
    }
    if (!(sensitivity >= 0)) {
      throw new IllegalArgumentException("sensitivity must be ≥ 0, got " + sensitivity);
    }
    int n = x.length;
    for (int i = 1; i < n; i++) {
      if (!(x[i] > x[i - 1])) {
        throw new IllegalArgumentException("x must be strictly increasing (x[" + i + "] = " + x[i] + ")");
      }
    }
    if (n < 3) {
      return OptionalInt.empty();
    }
    double[] xn = normalize(x);
    double[] yn = normalize(y);
    if (xn == null || yn == null) {
      return OptionalInt.empty();
    }
    // Mirror into a concave increasing curve; mirrored curves are read right to left.
    boolean mirrored = (direction == Direction.DECREASING) == (shape == Shape.CONCAVE);
    boolean flipY = shape == Shape.CONVEX;
    double[] difference = new double[n];
    for (int j = 0; j < n; j++) {
      int i = mirrored ? n - 1 - j : j;
      double xt = mirrored ? 1 - xn[i] : xn[i];
      double yt = flipY ? 1 - yn[i] : yn[i];
      difference[j] = yt - xt;
    }
    OptionalInt knee = firstConfirmedMaximum(difference, sensitivity / (n - 1));
    if (knee.isEmpty()) {
      return knee;
    }
    return OptionalInt.of(mirrored ? n - 1 - knee.getAsInt() : knee.getAsInt());
  }

  /** {@link #knee} with the paper's sensitivity of 1. */
  public static OptionalInt knee(double[] x, double[] y, Shape shape, Direction direction) {
    return knee(x, y, shape, direction, 1.0);
  }

  private static OptionalInt firstConfirmedMaximum(double[] difference, double drop) {
    int n = difference.length;
    int candidate = -1;
    double threshold = Double.NEGATIVE_INFINITY;
    for (int j = 1; j < n; j++) {
      boolean localMaximum = j < n - 1 && difference[j] > difference[j - 1] && difference[j] >= difference[j + 1];
      if (localMaximum) {
        candidate = j;
        threshold = difference[j] - drop;
      } else if (candidate >= 0 && difference[j] < threshold) {
        return OptionalInt.of(candidate);
      }
    }
    return OptionalInt.empty();
  }

  private static double[] normalize(double[] values) {
    double min = Double.POSITIVE_INFINITY;
    double max = Double.NEGATIVE_INFINITY;
    for (double value : values) {
      if (!Double.isFinite(value)) {
        throw new IllegalArgumentException("values must be finite, got " + value);
      }
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
    if (max == min) {
      return null;
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = (values[i] - min) / (max - min);
    }
    return scaled;
  }
}
