package io.hfmine.analyzers.stats;

import org.apache.commons.statistics.inference.AlternativeHypothesis;
import org.apache.commons.statistics.inference.ContinuityCorrection;
import org.apache.commons.statistics.inference.MannWhitneyUTest;
import org.apache.commons.statistics.inference.PValueMethod;

/**
 * Mann-Whitney U test with SciPy's conventions ({@code scipy.stats.mannwhitneyu}, defaults).
 *
 * <p>The asymptotic p-value comes from Commons Statistics, which matches SciPy once the method is
 * chosen by SciPy's rule rather than by Commons' own AUTO (which goes exact up to n = 50). The
 * exact p-value is counted here ({@link ExactUDistribution}): Commons' exact recurrence runs out
 * of memory for a sample of 8 against thousands, a case SciPy's rule sends to the exact method.
 */
public final class MannWhitneyU {
  private MannWhitneyU() {
  }

  /** Tests {@code x} against {@code y} with the method SciPy's {@code auto} would pick. */
  public static MannWhitneyResult test(double[] x, double[] y, Alternative alternative) {
    requireSample(x, "first");
    requireSample(y, "second");
    Ranking ranking = Ranking.of(Ranking.pool(x, y));
    MannWhitneyMethod method = MannWhitneyMethod.scipyAuto(x.length, y.length, ranking.hasTies());
    return test(x, y, alternative, method);
  }

  /** Tests {@code x} against {@code y} with the given method (exact ignores ties, as SciPy does). */
  public static MannWhitneyResult test(double[] x, double[] y, Alternative alternative,
      MannWhitneyMethod method) {
    requireSample(x, "first");
    requireSample(y, "second");
    Ranking ranking = Ranking.of(Ranking.pool(x, y));
    double rankSum = 0;
    for (int i = 0; i < x.length; i++) {
      rankSum += ranking.rank(i);
    }
    double n1 = x.length;
    double n2 = y.length;
    double u1 = rankSum - n1 * (n1 + 1) / 2;
    double u2 = n1 * n2 - u1;
    double p;
    if (ranking.tieSum() > 0 && isConstant(x, y)) {
      // Every value equal: SciPy's z is (−0.5)/0 = −∞, so its p-value is 1 in every direction.
      p = 1.0;
    } else if (method == MannWhitneyMethod.EXACT) {
      p = exactPValue(u1, u2, x.length, y.length, alternative);
    } else {
      p = MannWhitneyUTest.withDefaults()
          .with(commonsAlternative(alternative))
          .with(PValueMethod.ASYMPTOTIC)
          .with(ContinuityCorrection.ENABLED)
          .test(x, y)
          .getPValue();
    }
    return new MannWhitneyResult(x.length, y.length, u1, u2, p, alternative, method, ranking.hasTies());
  }

  /**
   * SciPy's exact p-value: the upper tail of U1 (greater), of U2 (less), or twice that of the
   * larger (two-sided, capped at 1), with U truncated to an integer as SciPy does under ties.
   */
  private static double exactPValue(double u1, double u2, int n1, int n2, Alternative alternative) {
    ExactUDistribution distribution = ExactUDistribution.of(n1, n2);
    return switch (alternative) {
      case GREATER -> distribution.upperTail((long) u1);
      case LESS -> distribution.upperTail((long) u2);
      case TWO_SIDED -> Math.min(1.0, 2 * distribution.upperTail((long) Math.max(u1, u2)));
    };
  }

  private static boolean isConstant(double[] x, double[] y) {
    double first = x[0];
    for (double v : x) {
      if (v != first) {
        return false;
      }
    }
    for (double v : y) {
      if (v != first) {
        return false;
      }
    }
    return true;
  }

  private static AlternativeHypothesis commonsAlternative(Alternative alternative) {
    return switch (alternative) {
      case GREATER -> AlternativeHypothesis.GREATER_THAN;
      case LESS -> AlternativeHypothesis.LESS_THAN;
      case TWO_SIDED -> AlternativeHypothesis.TWO_SIDED;
    };
  }

  static void requireSample(double[] sample, String which) {
    if (sample.length == 0) {
      throw new IllegalArgumentException("the " + which + " sample is empty");
    }
    for (double v : sample) {
      if (!Double.isFinite(v)) {
        throw new IllegalArgumentException("the " + which + " sample holds a non-finite value (" + v + ")");
      }
    }
  }
}
