package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import java.util.List;
import java.util.SplittableRandom;

/**
 * Dense rows for Smile's k-means, which only takes {@code double[][]}.
 *
 * <p>Up to {@code maxDimensions} terms the rows are the TF-IDF vectors themselves. Above it, they
 * are a seeded Gaussian random projection to {@code maxDimensions}, re-normalised to unit length:
 * by Johnson-Lindenstrauss this keeps pairwise distances close while bounding memory
 * ({@code n * maxDimensions * 8} bytes: 100,000 usages at 256 dimensions take 205 MB instead of
 * 1.6 GB at 2,000 terms) and the cost of each k-means iteration.
 */
public final class DenseRows {
  private DenseRows() {
  }

  public static double[][] of(List<SparseVector> vectors, int dimensions, int maxDimensions, long seed) {
    double[][] rows = new double[vectors.size()][];
    if (dimensions <= maxDimensions) {
      for (int i = 0; i < rows.length; i++) {
        rows[i] = vectors.get(i).toDense(Math.max(dimensions, 1));
      }
      return rows;
    }
    double[][] projection = projection(dimensions, maxDimensions, seed);
    for (int i = 0; i < rows.length; i++) {
      SparseVector vector = vectors.get(i);
      double[] row = new double[maxDimensions];
      for (int t = 0; t < vector.nonZeros(); t++) {
        double[] direction = projection[vector.indices()[t]];
        double weight = vector.values()[t];
        for (int d = 0; d < maxDimensions; d++) {
          row[d] += weight * direction[d];
        }
      }
      rows[i] = unit(row);
    }
    return rows;
  }

  private static double[][] projection(int dimensions, int target, long seed) {
    SplittableRandom random = new SplittableRandom(seed);
    double scale = 1.0 / Math.sqrt(target);
    double[][] projection = new double[dimensions][target];
    for (double[] direction : projection) {
      for (int d = 0; d < target; d++) {
        direction[d] = gaussian(random) * scale;
      }
    }
    return projection;
  }

  private static double gaussian(SplittableRandom random) {
    // Box-Muller: SplittableRandom has no nextGaussian of its own on every JDK we support.
    double u = 1.0 - random.nextDouble();
    double v = random.nextDouble();
    return Math.sqrt(-2.0 * Math.log(u)) * Math.cos(2.0 * Math.PI * v);
  }

  private static double[] unit(double[] row) {
    double squares = 0;
    for (double value : row) {
      squares += value * value;
    }
    if (squares > 0) {
      double norm = Math.sqrt(squares);
      for (int d = 0; d < row.length; d++) {
        row[d] /= norm;
      }
    }
    return row;
  }
}
