package io.hfmine.analyzers.repos;

import java.util.List;

/**
 * What {@code hfmine repos select} was asked: the configured rules, whether every threshold is
 * picked at its elbow, names excluded besides the configured ones, and whether to record.
 */
public record RepositorySelectionSpec(RepoSelectSettings settings, boolean elbow, List<String> excluded, boolean dryRun) {
  public RepositorySelectionSpec {
    excluded = List.copyOf(excluded);
  }
}
