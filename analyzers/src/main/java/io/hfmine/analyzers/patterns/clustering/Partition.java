package io.hfmine.analyzers.patterns.clustering;

import java.util.Arrays;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The outcome of clustering one group: a cluster per usage, or {@link #NOISE}.
 *
 * <p>Clusters are numbered 0..k-1 from the largest to the smallest (ties by first member), so the
 * numbering does not depend on an algorithm's internal order and pattern 1 is always the most
 * common one.
 *
 * @param labels cluster of each usage, in input order, or {@link #NOISE}
 * @param clusters number of clusters (noise excluded)
 * @param silhouetteByK for k-means, the mean silhouette of each k tried; empty otherwise
 */
public record Partition(int[] labels, int clusters, Map<Integer, Double> silhouetteByK) {
  /** Label of usages no cluster takes (DBSCAN's outliers, Smile's {@code Integer.MAX_VALUE}). */
  public static final int NOISE = -1;

  /** Renumbers raw labels by decreasing cluster size; labels in {@code noiseLabels} become NOISE. */
  public static Partition of(int[] raw, Map<Integer, Double> silhouetteByK, int... noiseLabels) {
    int n = raw.length;
    Map<Integer, int[]> sizeAndFirst = new java.util.HashMap<>();
    for (int i = 0; i < n; i++) {
      if (isNoise(raw[i], noiseLabels)) {
        continue;
      }
      final int index = i;
      sizeAndFirst.computeIfAbsent(raw[i], label -> new int[] {0, index})[0]++;
    }
    Integer[] order = sizeAndFirst.keySet().toArray(new Integer[0]);
    Arrays.sort(order, Comparator.<Integer>comparingInt(label -> -sizeAndFirst.get(label)[0])
        .thenComparingInt(label -> sizeAndFirst.get(label)[1]));
    Map<Integer, Integer> renumber = new java.util.HashMap<>();
    for (int i = 0; i < order.length; i++) {
      renumber.put(order[i], i);
    }
    int[] labels = IntStream.range(0, n)
        .map(i -> isNoise(raw[i], noiseLabels) ? NOISE : renumber.get(raw[i]))
        .toArray();
    return new Partition(labels, order.length, java.util.Collections.unmodifiableMap(new java.util.TreeMap<>(silhouetteByK)));
  }

  private static boolean isNoise(int label, int[] noiseLabels) {
    for (int noise : noiseLabels) {
      if (label == noise) {
        return true;
      }
    }
    return false;
  }

  /** The number of usages labelled noise. */
  public int noise() {
    return (int) Arrays.stream(labels).filter(label -> label == NOISE).count();
  }

  /** The members of cluster {@code cluster}, as input indices in order. */
  public int[] members(int cluster) {
    return IntStream.range(0, labels.length).filter(i -> labels[i] == cluster).toArray();
  }
}
