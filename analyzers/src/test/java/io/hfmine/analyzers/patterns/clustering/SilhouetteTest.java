package io.hfmine.analyzers.patterns.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.text.SparseVector;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Four points with cosine distances worked out by hand: a1 = (1, 0), a2 = (1, 1), b1 = b2 = (0, 1).
 * d(a1, a2) = 1 - 1/sqrt(2) = 0.292893, d(a1, b) = 1, d(a2, b) = 0.292893, d(b1, b2) = 0.
 */
class SilhouetteTest {
  private static final double D = 1 - 1 / Math.sqrt(2);
  private static final List<SparseVector> POINTS = List.of(
      vector(1, 0), vector(1, 1), vector(0, 1), vector(0, 1));

  private static SparseVector vector(double x, double y) {
    if (x == 0) {
      return new SparseVector(new int[] {1}, new double[] {y});
    }
    if (y == 0) {
      return new SparseVector(new int[] {0}, new double[] {x});
    }
    return new SparseVector(new int[] {0, 1}, new double[] {x, y});
  }

  @Test
  void matchesTheHandComputedMeanForTwoClusters() {
    // s(a1) = (1 - D) / 1; s(a2) = (D - D) / D = 0; s(b1) = s(b2) = (mean(1, D) - 0) / mean(1, D) = 1.
    double expected = ((1 - D) + 0 + 1 + 1) / 4;

    assertThat(Silhouette.of(POINTS, new int[] {0, 0, 1, 1})).isCloseTo(expected, within(1e-12));
    assertThat(expected).isCloseTo(0.676777, within(1e-6));
  }

  @Test
  void scoresSingletonClustersZero() {
    // a1 and a2 alone score 0; b1: a = 0, b = min(1, D) = D, so s = 1; b2 likewise.
    assertThat(Silhouette.of(POINTS, new int[] {0, 1, 2, 2})).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void leavesNoiseOutOfScoresAndMeans() {
    // Without a2: s(a1) = (1 - 0) / 1 ... a1 is alone in its cluster, so 0; b1, b2: a = 0, b = 1, so 1.
    assertThat(Silhouette.of(POINTS, new int[] {0, Partition.NOISE, 1, 1})).isCloseTo(2.0 / 3, within(1e-12));
  }

  @Test
  void isUndefinedForASingleCluster() {
    assertThat(Silhouette.of(POINTS, new int[] {0, 0, 0, 0})).isNaN();
  }

  @Test
  void sampleIsSeededAndBounded() {
    int[] labels = new int[10_000];
    int[] first = Silhouette.sample(labels, 500, 7);
    assertThat(first).hasSize(500).isSorted().doesNotHaveDuplicates();
    assertThat(Silhouette.sample(labels, 500, 7)).isEqualTo(first);
    assertThat(Silhouette.sample(labels, 500, 8)).isNotEqualTo(first);
  }
}
