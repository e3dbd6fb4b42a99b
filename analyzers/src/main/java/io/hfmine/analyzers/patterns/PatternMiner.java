package io.hfmine.analyzers.patterns;

import io.hfmine.analyzers.patterns.clustering.DbscanClusterer;
import io.hfmine.analyzers.patterns.clustering.GroupTooLargeException;
import io.hfmine.analyzers.patterns.clustering.HierarchicalClusterer;
import io.hfmine.analyzers.patterns.clustering.KMeansClusterer;
import io.hfmine.analyzers.patterns.clustering.Partition;
import io.hfmine.analyzers.patterns.clustering.Silhouette;
import io.hfmine.analyzers.patterns.clustering.UsageClusterer;
import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.text.TfIdf;
import io.hfmine.analyzers.patterns.features.UsageTerms;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Consumer;

/**
 * Turns one group of usages into patterns: TF-IDF vectors, clustering, then a description of
 * each cluster (medoid, dominant call sequence, keywords, nearest usages) and the group's quality
 * figures. Pure: the same usages and settings always give the same patterns.
 */
public final class PatternMiner {
  private final PatternSettings settings;
  private final Consumer<String> status;

  public PatternMiner(PatternSettings settings) {
    this(settings, text -> { });
  }

  /** A miner that reports what it is doing on a large group (for a progress line). */
  public PatternMiner(PatternSettings settings, Consumer<String> status) {
    this.settings = settings.validated();
    this.status = status;
  }

  /** Mines {@code usages}, which must be in a stable order (the store reads them by usage id). */
  public GroupPatterns mine(PatternSettings.GroupBy groupBy, String key, List<Usage> usages) {
    PatternSettings.Algorithm algorithm = settings.algorithm();
    if (usages.size() < settings.minGroupSize()) {
      return GroupPatterns.skipped(groupBy, key, algorithm, usages.size(), GroupPatterns.Status.TOO_SMALL,
          usages.size() + " usages, below patterns.min-group-size (" + settings.minGroupSize() + ")");
    }
    status.accept(key + ": features of " + usages.size() + " usages");
    List<List<String>> documents = usages.stream().map(UsageTerms::of).toList();
    TfIdf vectorizer = TfIdf.fit(documents, settings.features().maxFeatures(),
        settings.features().minDocumentFrequency());
    List<SparseVector> vectors = vectorizer.transformAll(documents);
    Partition partition;
    try {
      partition = clusterer(key).cluster(vectors, vectorizer.dimensions());
    } catch (GroupTooLargeException e) {
      return GroupPatterns.skipped(groupBy, key, algorithm, usages.size(), GroupPatterns.Status.TOO_LARGE,
          e.getMessage());
    }
    status.accept(key + ": describing " + partition.clusters() + " patterns");
    ClusterDescriber describer = new ClusterDescriber(usages, vectors, settings.representatives());
    List<UsagePattern> patterns = new ArrayList<>(partition.clusters());
    for (int cluster = 0; cluster < partition.clusters(); cluster++) {
      patterns.add(describer.describe(cluster + 1, partition.members(cluster)));
    }
    List<Usage> noise = new ArrayList<>();
    for (int i : partition.members(Partition.NOISE)) {
      noise.add(usages.get(i));
    }
    double silhouette = Silhouette.sampled(vectors, partition.labels(), settings.silhouette().sampleLimit(),
        settings.seed());
    Integer chosenK = algorithm == PatternSettings.Algorithm.KMEANS ? partition.clusters() : null;
    return new GroupPatterns(groupBy, key, algorithm, usages.size(), GroupPatterns.Status.CLUSTERED, null, patterns,
        noise, silhouette, chosenK, partition.silhouetteByK(), coverage(usages, patterns),
        succinctness(usages, patterns));
  }

  private UsageClusterer clusterer(String key) {
    return switch (settings.algorithm()) {
      case KMEANS -> new KMeansClusterer(settings.kmeans().kMin(), settings.kmeans().kMax(),
          settings.kmeans().maxIterations(), settings.kmeans().runs(), settings.kmeans().selectionSample(),
          settings.kmeans().maxDimensions(), settings.silhouette().sampleLimit(), settings.seed())
          .reportingTo(text -> status.accept(key + ": " + text));
      case HIERARCHICAL -> new HierarchicalClusterer(settings.hierarchical().maxSize(),
          settings.hierarchical().cutDistance());
      case DBSCAN -> new DbscanClusterer(settings.dbscan().minPoints(), settings.dbscan().radius(), settings.dbscan().maxSize());
    };
  }

  /** UP-Miner's coverage: the share of usages whose calls contain some pattern as an ordered subsequence. */
  static double coverage(List<Usage> usages, List<UsagePattern> patterns) {
    if (usages.isEmpty()) {
      return Double.NaN;
    }
    int covered = 0;
    for (Usage usage : usages) {
      List<String> calls = UsageTerms.calls(usage);
      for (UsagePattern pattern : patterns) {
        if (!pattern.sequence().isEmpty() && isSubsequence(pattern.sequence(), calls)) {
          covered++;
          break;
        }
      }
    }
    return (double) covered / usages.size();
  }

  /** 1 - patterns / distinct call sequences (UP-Miner's succinctness, as a share). */
  static double succinctness(List<Usage> usages, List<UsagePattern> patterns) {
    Set<List<String>> distinct = new HashSet<>();
    for (Usage usage : usages) {
      distinct.add(UsageTerms.calls(usage));
    }
    return distinct.isEmpty() ? Double.NaN : 1.0 - Math.min(1.0, (double) patterns.size() / distinct.size());
  }

  static boolean isSubsequence(List<String> pattern, List<String> calls) {
    int matched = 0;
    for (String call : calls) {
      if (matched < pattern.size() && pattern.get(matched).equals(call)) {
        matched++;
      }
    }
    return matched == pattern.size();
  }
}
