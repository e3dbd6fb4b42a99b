package io.hfmine.analyzers.patterns;

import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.text.TfIdf;
import io.hfmine.analyzers.patterns.features.UsageTerms;
import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Nearest-neighbour search among usages: the facade behind {@code hfmine patterns similar}.
 *
 * <p>The candidates are the other usages of the same group (same model by default), weighted by a
 * TF-IDF fitted on that group, as {@code patterns build} does; the search is exact (one cosine per
 * candidate), which is fast for any single group.
 */
public final class SimilarUsages {
  private final Store store;
  private final PatternSettings settings;

  public SimilarUsages(Store store, PatternSettings settings) {
    this.store = store;
    this.settings = settings.validated();
  }

  /** The usage asked for and its nearest neighbours, nearest first. */
  public record Result(Usage target, String group, List<UsagePattern.Neighbour> neighbours) { }

  /**
   * Finds the usage at {@code path:line} (a path suffix is enough) and its {@code k} nearest usages.
   *
   * @throws IllegalArgumentException naming the location when no usage or several match
   */
  public Result find(String path, int line, String repository, int k) {
    PatternSettings.GroupBy groupBy = settings.groupBy();
    List<Usage> matches = store.read(connection -> PatternStore.usagesAt(connection, path, line, repository));
    String where = (repository == null ? "" : repository + ":") + path + ":" + line;
    if (matches.isEmpty()) {
      throw new IllegalArgumentException("no usage at " + where + " in the usages table");
    }
    if (matches.size() > 1) {
      throw new IllegalArgumentException(matches.size() + " usages at " + where + ": "
          + matches.stream().limit(5).map(usage -> usage.location() + " (" + usage.api() + ")")
          .collect(Collectors.joining(", "))
          + (repository == null ? "; name the repository with --repository" : "; give a longer path"));
    }
    Usage target = matches.get(0);
    String key = switch (groupBy) {
      case MODEL -> target.modelId();
      case LIBRARY -> target.library();
      case API -> target.api();
    };
    if (key == null) {
      throw new IllegalArgumentException("the usage at " + where + " has no " + PatternStore.groupColumn(groupBy)
          + "; search by library or api instead");
    }
    List<Usage> group = store.read(connection -> PatternStore.usagesOf(connection, groupBy, key));
    List<List<String>> documents = group.stream().map(UsageTerms::of).toList();
    TfIdf vectorizer = TfIdf.fit(documents, settings.features().maxFeatures(),
        settings.features().minDocumentFrequency());
    SparseVector query = vectorizer.transform(UsageTerms.of(target));
    List<UsagePattern.Neighbour> neighbours = new ArrayList<>();
    for (int i = 0; i < group.size(); i++) {
      Usage candidate = group.get(i);
      if (!candidate.usageId().equals(target.usageId())) {
        neighbours.add(new UsagePattern.Neighbour(candidate,
            query.cosineDistance(vectorizer.transform(documents.get(i)))));
      }
    }
    neighbours.sort(Comparator.comparingDouble(UsagePattern.Neighbour::distance)
        .thenComparing(neighbour -> neighbour.usage().usageId()));
    return new Result(target, groupBy.key() + " " + key, List.copyOf(neighbours.subList(0, Math.min(k, neighbours.size()))));
  }
}
