package io.hfmine.analyzers.stats;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.MathContext;

/**
 * The exact null distribution of the Mann-Whitney U statistic, counted in integers.
 *
 * <p>The number of arrangements giving U = u is the coefficient of q^u in the Gaussian binomial
 * [n1+n2 choose n1]_q = ∏ (1 − q^(n+i)) / (1 − q^i) over i = 1..m, with m = min(n1, n2) and
 * n = max(n1, n2). Building it factor by factor costs O(m² n) integer additions, so SciPy's
 * rule (exact whenever one sample has at most 8 values and nothing is tied) stays fast even
 * against thousands of values, where a general-purpose recurrence runs out of memory.
 */
final class ExactUDistribution {
  private final BigInteger[] counts;
  private final BigInteger total;

  private ExactUDistribution(BigInteger[] counts, BigInteger total) {
    this.counts = counts;
    this.total = total;
  }

  static ExactUDistribution of(int n1, int n2) {
    int m = Math.min(n1, n2);
    int n = Math.max(n1, n2);
    int size = m * n + 1;
    BigInteger[] poly = new BigInteger[size];
    java.util.Arrays.fill(poly, BigInteger.ZERO);
    poly[0] = BigInteger.ONE;
    int degree = 0;
    for (int i = 1; i <= m; i++) {
      int step = n + i;
      int newDegree = degree + n;
      // Multiply by (1 − q^(n+i)), from the top so each term reads the unmodified lower one.
      for (int u = Math.min(newDegree + i, size - 1); u >= step; u--) {
        if (u - step <= degree) {
          poly[u] = poly[u].subtract(poly[u - step]);
        }
      }
      // Divide by (1 − q^i): Q[u] = P[u] + Q[u − i]; exact because the quotient is a polynomial.
      for (int u = i; u <= newDegree; u++) {
        poly[u] = poly[u].add(poly[u - i]);
      }
      for (int u = newDegree + 1; u < size && u <= newDegree + i; u++) {
        poly[u] = BigInteger.ZERO;
      }
      degree = newDegree;
    }
    BigInteger total = BigInteger.ZERO;
    for (BigInteger count : poly) {
      total = total.add(count);
    }
    return new ExactUDistribution(poly, total);
  }

  /** P(U ≥ u), for an integer u. */
  double upperTail(long u) {
    if (u <= 0) {
      return 1.0;
    }
    if (u >= counts.length) {
      return 0.0;
    }
    BigInteger tail = BigInteger.ZERO;
    for (int k = (int) u; k < counts.length; k++) {
      tail = tail.add(counts[k]);
    }
    return new BigDecimal(tail).divide(new BigDecimal(total), MathContext.DECIMAL128).doubleValue();
  }
}
