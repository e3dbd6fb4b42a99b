package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import java.util.List;
import java.util.SplittableRandom;
import java.util.stream.IntStream;

/**
 * The mean silhouette coefficient of a clustering under cosine distance (Smile has none).
 *
 * <p>For a usage i with mean distance a(i) to the other members of its cluster and smallest mean
 * distance b(i) to the members of another cluster, s(i) = (b - a) / max(a, b); a usage alone in
 * its cluster scores 0 (Rousseeuw's convention, as scikit-learn). Noise is left out of both the
 * scores and the means. Exact below the sample limit; above it, the mean over a seeded uniform
 * sample of usages (scikit-learn's {@code sample_size}), since the exact value is quadratic.
 */
public final class Silhouette {
  private Silhouette() {
  }

  /** The exact mean silhouette, or NaN when fewer than two clusters hold the points. */
  public static double of(List<SparseVector> vectors, int[] labels) {
    int[] all = IntStream.range(0, vectors.size()).toArray();
    return over(all, labels, (i, j) -> vectors.get(i).cosineDistance(vectors.get(j)));
  }

  /** The mean silhouette of a seeded sample of at most {@code limit} points (exact when smaller). */
  public static double sampled(List<SparseVector> vectors, int[] labels, int limit, long seed) {
    int[] sample = sample(labels, limit, seed);
    return over(sample, labels, (i, j) -> vectors.get(i).cosineDistance(vectors.get(j)));
  }

  /** The non-noise points, or a seeded sample of {@code limit} of them, in ascending order. */
  public static int[] sample(int[] labels, int limit, long seed) {
    return uniform(IntStream.range(0, labels.length).filter(i -> labels[i] != Partition.NOISE).toArray(), limit, seed);
  }

  /** The indices 0..n-1, or a seeded sample of {@code limit} of them, in ascending order. */
  public static int[] sample(int n, int limit, long seed) {
    return uniform(IntStream.range(0, n).toArray(), limit, seed);
  }

  private static int[] uniform(int[] candidates, int limit, long seed) {
    if (candidates.length <= limit) {
      return candidates;
    }
    SplittableRandom random = new SplittableRandom(seed);
    // Partial Fisher-Yates: the first `limit` slots end up a uniform sample without replacement.
    for (int i = 0; i < limit; i++) {
      int j = i + random.nextInt(candidates.length - i);
      int swap = candidates[i];
      candidates[i] = candidates[j];
      candidates[j] = swap;
    }
    int[] chosen = java.util.Arrays.copyOf(candidates, limit);
    java.util.Arrays.sort(chosen);
    return chosen;
  }

  /** The mean silhouette of {@code points} (indices) among themselves. */
  public static double over(int[] points, int[] labels, PairDistance distance) {
    int m = points.length;
    int clusters = 0;
    for (int point : points) {
      clusters = Math.max(clusters, labels[point] + 1);
    }
    int[] sizes = new int[clusters];
    for (int point : points) {
      if (labels[point] != Partition.NOISE) {
        sizes[labels[point]]++;
      }
    }
    if (IntStream.of(sizes).filter(size -> size > 0).count() < 2) {
      return Double.NaN;
    }
    final int k = clusters;
    double[] scores = IntStream.range(0, m).parallel().mapToDouble(a -> {
      int i = points[a];
      int own = labels[i];
      if (own == Partition.NOISE || sizes[own] <= 1) {
        return 0.0;
      }
      double[] sums = new double[k];
      for (int b = 0; b < m; b++) {
        int j = points[b];
        if (b != a && labels[j] != Partition.NOISE) {
          sums[labels[j]] += distance.between(i, j);
        }
      }
      double within = sums[own] / (sizes[own] - 1);
      double nearest = Double.POSITIVE_INFINITY;
      for (int c = 0; c < k; c++) {
        if (c != own && sizes[c] > 0) {
          nearest = Math.min(nearest, sums[c] / sizes[c]);
        }
      }
      double spread = Math.max(within, nearest);
      return spread == 0 ? 0.0 : (nearest - within) / spread;
    }).toArray();
    double sum = 0;
    int counted = 0;
    for (int a = 0; a < m; a++) {
      if (labels[points[a]] != Partition.NOISE) {
        sum += scores[a];
        counted++;
      }
    }
    return sum / counted;
  }

  /** A distance between two points given by their indices. */
  @FunctionalInterface
  public interface PairDistance {
    double between(int i, int j);
  }
}
