package io.hfmine.analyzers.repos;

import java.util.List;
import java.util.Map;

/** A row of {@code repositories} as the selection sees it; a metric GitHub did not report is absent. */
public record RepositoryCandidate(
    String fullName,
    String status,
    String description,
    String language,
    List<String> topics,
    boolean fork,
    boolean archived,
    boolean disabled,
    Map<RepositoryMetric, Long> metrics) {

  public RepositoryCandidate {
    topics = topics == null ? List.of() : List.copyOf(topics);
    metrics = Map.copyOf(metrics);
  }

  /** The metric's value, or null when unknown. */
  public Long metric(RepositoryMetric metric) {
    return metrics.get(metric);
  }
}
