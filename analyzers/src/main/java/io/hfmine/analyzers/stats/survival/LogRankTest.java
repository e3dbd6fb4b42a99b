package io.hfmine.analyzers.stats.survival;

import java.util.List;
import java.util.TreeSet;
import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/**
 * The log-rank test (Mantel-Haenszel) of equal hazards across groups, as R's {@code survdiff}
 * with {@code rho = 0}: observed minus expected events per group, the hypergeometric covariance,
 * and the quadratic form over all groups but the last, chi-square with k - 1 degrees of freedom.
 */
public final class LogRankTest {
  private LogRankTest() {
  }

  public static LogRankResult test(List<SurvivalSample> groups) {
    int k = groups.size();
    if (k < 2) {
      throw new IllegalArgumentException("the log-rank test compares at least two groups; got " + k);
    }
    TreeSet<Double> eventTimes = new TreeSet<>();
    for (SurvivalSample group : groups) {
      for (int i = 0; i < group.size(); i++) {
        if (group.events()[i]) {
          eventTimes.add(group.times()[i]);
        }
      }
    }
    double[] observed = new double[k];
    double[] expected = new double[k];
    double[][] covariance = new double[k][k];
    int[] atRisk = new int[k];
    int[] events = new int[k];
    for (double time : eventTimes) {
      int n = 0;
      int d = 0;
      for (int j = 0; j < k; j++) {
        atRisk[j] = 0;
        events[j] = 0;
        SurvivalSample group = groups.get(j);
        for (int i = 0; i < group.size(); i++) {
          if (group.times()[i] >= time) {
            atRisk[j]++;
            if (group.times()[i] == time && group.events()[i]) {
              events[j]++;
            }
          }
        }
        n += atRisk[j];
        d += events[j];
      }
      double spread = n > 1 ? (double) d * (n - d) / (n - 1) : 0;
      for (int j = 0; j < k; j++) {
        observed[j] += events[j];
        expected[j] += (double) atRisk[j] * d / n;
        for (int l = 0; l < k; l++) {
          double share = (double) atRisk[l] / n;
          covariance[j][l] += spread * ((double) atRisk[j] / n) * ((j == l ? 1 : 0) - share);
        }
      }
    }
    int df = k - 1;
    double[] difference = new double[df];
    double[][] matrix = new double[df][df];
    for (int j = 0; j < df; j++) {
      difference[j] = observed[j] - expected[j];
      System.arraycopy(covariance[j], 0, matrix[j], 0, df);
    }
    double[] solved = solve(matrix, difference.clone());
    double chiSquare = 0;
    for (int j = 0; j < df; j++) {
      chiSquare += difference[j] * solved[j];
    }
    double p = ChiSquaredDistribution.of(df).survivalProbability(chiSquare);
    return new LogRankResult(chiSquare, df, p, observed, expected);
  }

  /** Solves a·x = b by Gaussian elimination with partial pivoting (a is small: k - 1 rows). */
  private static double[] solve(double[][] a, double[] b) {
    int n = b.length;
    for (int column = 0; column < n; column++) {
      int pivot = column;
      for (int row = column + 1; row < n; row++) {
        if (Math.abs(a[row][column]) > Math.abs(a[pivot][column])) {
          pivot = row;
        }
      }
      if (a[pivot][column] == 0) {
        throw new IllegalArgumentException("the log-rank covariance is singular: a group has no one at risk "
            + "at any event time");
      }
      double[] swapRow = a[column];
      a[column] = a[pivot];
      a[pivot] = swapRow;
      double swap = b[column];
      b[column] = b[pivot];
      b[pivot] = swap;
      for (int row = column + 1; row < n; row++) {
        double factor = a[row][column] / a[column][column];
        b[row] -= factor * b[column];
        for (int c = column; c < n; c++) {
          a[row][c] -= factor * a[column][c];
        }
      }
    }
    double[] x = new double[n];
    for (int row = n - 1; row >= 0; row--) {
      double sum = b[row];
      for (int c = row + 1; c < n; c++) {
        sum -= a[row][c] * x[c];
      }
      x[row] = sum / a[row][row];
    }
    return x;
  }
}
