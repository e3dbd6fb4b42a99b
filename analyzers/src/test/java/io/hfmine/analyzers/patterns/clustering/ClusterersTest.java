package io.hfmine.analyzers.patterns.clustering;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.text.TfIdf;
import io.hfmine.analyzers.patterns.features.UsageTerms;
import io.hfmine.analyzers.patterns.synthetic.PlantedUsages;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import smile.clustering.Clustering;
import smile.validation.metric.AdjustedRandIndex;

class ClusterersTest {
  private static List<SparseVector> planted(int n, int patterns, long seed, int[] truth) {
    List<PlantedUsages.Planted> usages = PlantedUsages.generate("org/model", n, patterns, seed);
    List<List<String>> documents = usages.stream().map(planted -> UsageTerms.of(planted.usage())).toList();
    for (int i = 0; i < n && truth != null; i++) {
      truth[i] = usages.get(i).pattern();
    }
    return TfIdf.fit(documents, 2000, 2).transformAll(documents);
  }

  private static KMeansClusterer kmeans(long seed) {
    return new KMeansClusterer(2, 8, 100, 3, 5000, 256, 1000, seed);
  }

  @Test
  void kmeansFindsThePlantedPatternsAndTheirNumber() {
    int[] truth = new int[1000];
    List<SparseVector> vectors = planted(1000, 6, 1, truth);

    Partition partition = kmeans(42).cluster(vectors, 2000);

    assertThat(partition.clusters()).isEqualTo(6);
    assertThat(AdjustedRandIndex.of(truth, partition.labels())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void theSameSeedGivesTheSameClusters() {
    List<SparseVector> vectors = planted(600, 8, 2, null);

    Partition first = kmeans(42).cluster(vectors, 2000);
    Partition second = kmeans(42).cluster(vectors, 2000);

    assertThat(second.labels()).isEqualTo(first.labels());
    assertThat(second.silhouetteByK()).isEqualTo(first.silhouetteByK());
  }

  @Test
  void kmeansOnProjectedRowsStillFindsThePatterns() {
    int[] truth = new int[1000];
    List<SparseVector> vectors = planted(1000, 5, 3, truth);
    // Force the random projection: several hundred sparse terms onto 64 dense dimensions.
    Partition partition = new KMeansClusterer(2, 8, 100, 3, 5000, 64, 1000, 42).cluster(vectors, 2000);

    assertThat(AdjustedRandIndex.of(truth, partition.labels())).isGreaterThanOrEqualTo(0.9);
  }

  @Test
  void identicalUsagesFormOnePattern() {
    SparseVector same = new SparseVector(new int[] {0, 3}, new double[] {0.6, 0.8});
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      vectors.add(same);
    }

    Partition partition = kmeans(42).cluster(vectors, 4);

    assertThat(partition.clusters()).isEqualTo(1);
    assertThat(partition.labels()).containsOnly(0);
  }

  @Test
  void dbscanOutliersBecomeNoise() {
    List<SparseVector> vectors = new ArrayList<>();
    for (int i = 0; i < 6; i++) {
      vectors.add(new SparseVector(new int[] {0, 1}, new double[] {1, 0.05 * i}).normalized());
      vectors.add(new SparseVector(new int[] {2, 3}, new double[] {1, 0.05 * i}).normalized());
    }
    vectors.add(new SparseVector(new int[] {4}, new double[] {1}));
    vectors.add(new SparseVector(new int[] {5}, new double[] {1}));

    Partition partition = new DbscanClusterer(3, 0.2, 20_000).cluster(vectors, 6);

    assertThat(partition.clusters()).isEqualTo(2);
    assertThat(partition.labels()[12]).isEqualTo(Partition.NOISE);
    assertThat(partition.labels()[13]).isEqualTo(Partition.NOISE);
    assertThat(partition.noise()).isEqualTo(2);
    assertThat(partition.labels()).doesNotContain(Clustering.OUTLIER);
  }

  @Test
  void partitionMapsSmileOutlierLabelToNoiseAndNumbersClustersBySize() {
    Partition partition = Partition.of(new int[] {7, 3, 3, Clustering.OUTLIER, 3, 7, 9}, Map.of(), Clustering.OUTLIER);

    assertThat(partition.labels()).containsExactly(1, 0, 0, Partition.NOISE, 0, 1, 2);
    assertThat(partition.clusters()).isEqualTo(3);
  }

  @Test
  void dbscanRefusesGroupsAboveItsSizeLimitWithTheReason() {
    List<SparseVector> vectors = planted(120, 3, 5, null);

    assertThatThrownBy(() -> new DbscanClusterer(3, 0.5, 100).cluster(vectors, 2000))
        .isInstanceOf(GroupTooLargeException.class)
        .hasMessage("120 usages exceed patterns.dbscan.max-size (100): DBSCAN compares every usage with every other "
            + "(7,140 distances here); use --algorithm kmeans or raise the limit");
  }

  @Test
  void hierarchicalRefusesGroupsAboveItsSizeLimitWithTheReason() {
    List<SparseVector> vectors = planted(120, 3, 4, null);

    assertThatThrownBy(() -> new HierarchicalClusterer(100, 0.7).cluster(vectors, 2000))
        .isInstanceOf(GroupTooLargeException.class)
        .hasMessage("120 usages exceed patterns.hierarchical.max-size (100): average linkage keeps an n x n "
            + "distance matrix (0.0 MB here); use --algorithm kmeans or raise the limit");
  }

  @Test
  void hierarchicalCutKeepsClustersApartAboveTheCutDistance() {
    List<SparseVector> vectors = List.of(
        new SparseVector(new int[] {0}, new double[] {1}),
        new SparseVector(new int[] {0, 1}, new double[] {1, 0.1}).normalized(),
        new SparseVector(new int[] {2}, new double[] {1}),
        new SparseVector(new int[] {2, 3}, new double[] {1, 0.1}).normalized());

    Partition partition = new HierarchicalClusterer(10, 0.5).cluster(vectors, 4);

    assertThat(partition.labels()).containsExactly(0, 0, 1, 1);
  }
}
