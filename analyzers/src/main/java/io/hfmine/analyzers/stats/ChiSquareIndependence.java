package io.hfmine.analyzers.stats;

import org.apache.commons.statistics.distribution.ChiSquaredDistribution;

/** Chi-square test of independence on a contingency table, as {@code scipy.stats.chi2_contingency}. */
public final class ChiSquareIndependence {
  private ChiSquareIndependence() {
  }

  /**
   * Tests rows × columns for independence. Yates' correction is applied when dof = 1, as SciPy's
   * default {@code correction=True} does; an expected count of 0 is an error, as in SciPy.
   */
  public static ChiSquareResult test(long[][] observed) {
    int rows = observed.length;
    if (rows == 0 || observed[0].length == 0) {
      throw new IllegalArgumentException("the contingency table is empty");
    }
    int columns = observed[0].length;
    double[] rowSums = new double[rows];
    double[] columnSums = new double[columns];
    long total = 0;
    for (int r = 0; r < rows; r++) {
      if (observed[r].length != columns) {
        throw new IllegalArgumentException("row " + (r + 1) + " of the contingency table has "
            + observed[r].length + " cells, expected " + columns);
      }
      for (int c = 0; c < columns; c++) {
        if (observed[r][c] < 0) {
          throw new IllegalArgumentException("negative count at row " + (r + 1) + ", column " + (c + 1));
        }
        rowSums[r] += observed[r][c];
        columnSums[c] += observed[r][c];
        total += observed[r][c];
      }
    }
    double[][] expected = new double[rows][columns];
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        expected[r][c] = rowSums[r] * columnSums[c] / total;
        if (expected[r][c] == 0) {
          throw new IllegalArgumentException("expected count 0 at row " + (r + 1) + ", column " + (c + 1)
              + ": a row or column of the table sums to 0");
        }
      }
    }
    int dof = (rows - 1) * (columns - 1);
    if (dof == 0) {
      // SciPy returns statistic 0 and p 1 for a single row or column.
      return new ChiSquareResult(0, 0, 1.0, false, total, expected);
    }
    boolean yates = dof == 1;
    double statistic = 0;
    for (int r = 0; r < rows; r++) {
      for (int c = 0; c < columns; c++) {
        double difference = observed[r][c] - expected[r][c];
        if (yates) {
          double magnitude = Math.abs(difference);
          difference = Math.signum(difference) * (magnitude - Math.min(0.5, magnitude));
        }
        statistic += difference * difference / expected[r][c];
      }
    }
    double p = ChiSquaredDistribution.of(dof).survivalProbability(statistic);
    return new ChiSquareResult(statistic, dof, p, yates, total, expected);
  }
}
