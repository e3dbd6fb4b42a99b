package io.hfmine.analyzers.repos;

import java.util.List;
import java.util.Map;

/**
 * A row of {@code repositories} as the selection sees it; a metric GitHub did not report is absent.
 *
 * @param usage what parsing found in the repository's code-search hits
 */
public record RepositoryCandidate(
    String fullName,
    String status,
    String description,
    String language,
    List<String> topics,
    boolean fork,
    boolean archived,
    boolean disabled,
    Map<RepositoryMetric, Long> metrics,
    UsageEvidence usage) {

  /** What the repository's code-search hits turned out to be when parsed. */
  public enum UsageEvidence {
    /** At least one hit's file really loads the model (hit_verifications verdict verified). */
    VERIFIED,
    /** Every hit was parsed and none loads a model: the id is only mentioned. */
    MENTION_ONLY,
    /** No hit of the repository has a verdict yet (usage extract has not seen its files). */
    UNVERIFIED,
    /** The repository has no code-search hit at all (synced by name). */
    NO_HITS
  }

  /** A repository whose code verifiably loads a model. */
  public RepositoryCandidate(String fullName, String status, String description, String language, List<String> topics,
      boolean fork, boolean archived, boolean disabled, Map<RepositoryMetric, Long> metrics) {
    this(fullName, status, description, language, topics, fork, archived, disabled, metrics, UsageEvidence.VERIFIED);
  }

  public RepositoryCandidate {
    topics = topics == null ? List.of() : List.copyOf(topics);
    metrics = Map.copyOf(metrics);
  }

  /** The metric's value, or null when unknown. */
  public Long metric(RepositoryMetric metric) {
    return metrics.get(metric);
  }
}
