package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import smile.clustering.BBDTree;
import smile.clustering.CentroidClustering;
import smile.clustering.Clustering;
import smile.clustering.KMeans;
import smile.math.MathEx;

/**
 * Smile's k-means on unit-length TF-IDF rows, with k chosen by the mean silhouette.
 *
 * <p>On unit vectors the squared Euclidean distance is 2(1 - cos), so k-means approximates
 * spherical k-means under cosine distance (centroids are not re-normalised, which changes
 * assignments only marginally). k is chosen over [k-min, k-max] on a seeded sample of at most
 * {@code selectionSample} usages: each k is fitted on the sample and scored by the silhouette
 * (cosine, on the TF-IDF vectors) of at most {@code silhouetteLimit} of them, whose distances are
 * computed once for all k. The best k (ties to the smaller) is then fitted on the whole group.
 * k never exceeds sqrt(n / 2), the usual rule of thumb: on small groups the silhouette otherwise
 * rewards splitting a pattern into pairs of near-identical usages, which is no pattern at all.
 * Smile draws its k-means++ seeds from a per-thread generator; it is re-seeded before every fit,
 * so the same seed gives the same clusters. Each fit is the best of {@code runs} (lowest
 * distortion), sharing one BBD-tree.
 */
public final class KMeansClusterer implements UsageClusterer {
  private final int kMin;
  private final int kMax;
  private final int maxIterations;
  private final int runs;
  private final int selectionSample;
  private final int maxDimensions;
  private final int silhouetteLimit;
  private final long seed;
  private Consumer<String> status = text -> { };

  public KMeansClusterer(int kMin, int kMax, int maxIterations, int runs, int selectionSample, int maxDimensions,
      int silhouetteLimit, long seed) {
    this.kMin = kMin;
    this.kMax = kMax;
    this.maxIterations = maxIterations;
    this.runs = runs;
    this.selectionSample = selectionSample;
    this.maxDimensions = maxDimensions;
    this.silhouetteLimit = silhouetteLimit;
    this.seed = seed;
  }

  /** Reports each step (k tried, final fit) to {@code listener}; long groups take a minute. */
  public KMeansClusterer reportingTo(Consumer<String> listener) {
    this.status = listener;
    return this;
  }

  @Override
  public Partition cluster(List<SparseVector> vectors, int dimensions) {
    int n = vectors.size();
    int[] sample = Silhouette.sample(n, selectionSample, seed);
    List<SparseVector> sampled = new ArrayList<>(sample.length);
    for (int index : sample) {
      sampled.add(vectors.get(index));
    }
    int distinct = distinct(sampled);
    if (distinct < 2) {
      // Every usage looks the same: one pattern, nothing to choose.
      return Partition.of(new int[n], Map.of());
    }
    double[][] rows = DenseRows.of(vectors, dimensions, maxDimensions, seed);
    double[][] sampleRows = new double[sample.length][];
    for (int i = 0; i < sample.length; i++) {
      sampleRows[i] = rows[sample[i]];
    }
    int[] scored = Silhouette.sample(sample.length, silhouetteLimit, seed + 1);
    float[][] distances = distances(sampled, scored);

    Map<Integer, Double> silhouetteByK = new LinkedHashMap<>();
    int bestK = -1;
    double best = Double.NEGATIVE_INFINITY;
    int[] bestLabels = null;
    int largestK = Math.min(Math.min(kMax, distinct), Math.max(kMin, (int) Math.floor(Math.sqrt(n / 2.0))));
    for (int k = kMin; k <= largestK; k++) {
      status.accept("k-means: trying k = " + k + " of " + kMin + ".." + largestK + " on " + sample.length + " usages");
      int[] labels = fit(sampleRows, k).group();
      double score = silhouette(scored, labels, distances);
      silhouetteByK.put(k, score);
      if (score > best) {
        best = score;
        bestK = k;
        bestLabels = labels;
      }
    }
    if (bestK < 0) {
      // Fewer distinct usages than k-min: each distinct usage is its own pattern.
      return Partition.of(fit(rows, distinct).group(), silhouetteByK);
    }
    status.accept("k-means: fitting k = " + bestK + " on " + n + " usages");
    int[] labels = sample.length == n ? bestLabels : fit(rows, bestK).group();
    return Partition.of(labels, silhouetteByK);
  }

  private CentroidClustering<double[], double[]> fit(double[][] rows, int k) {
    MathEx.setSeed(seed);
    BBDTree tree = new BBDTree(rows);
    Clustering.Options options = new Clustering.Options(k, maxIterations);
    // The runs draw their seeds one after another from the generator seeded above.
    return Clustering.run(runs, () -> KMeans.fit(tree, rows, options));
  }

  private static int distinct(List<SparseVector> vectors) {
    Set<SparseVector> seen = new HashSet<>(vectors);
    return seen.size();
  }

  private static float[][] distances(List<SparseVector> sampled, int[] scored) {
    int m = scored.length;
    float[][] distances = new float[m][m];
    java.util.stream.IntStream.range(0, m).parallel().forEach(a -> {
      for (int b = 0; b < a; b++) {
        distances[a][b] = (float) sampled.get(scored[a]).cosineDistance(sampled.get(scored[b]));
      }
    });
    return distances;
  }

  private static double silhouette(int[] scored, int[] labels, float[][] distances) {
    int m = scored.length;
    int[] local = new int[m];
    int[] labelOf = new int[m];
    for (int a = 0; a < m; a++) {
      local[a] = a;
      labelOf[a] = labels[scored[a]];
    }
    return Silhouette.over(local, labelOf, (a, b) -> a > b ? distances[a][b] : distances[b][a]);
  }
}
