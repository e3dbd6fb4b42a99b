package io.hfmine.datasets.issuesimport;

import java.util.SortedMap;

/**
 * What one import stored: distinct issues, comments, pull requests skipped, and the issues per
 * repository. {@code records} counts every object read, duplicates of an issue included.
 */
public record IssueImportSummary(
    String file,
    long records,
    long issues,
    long comments,
    long pullRequestsSkipped,
    SortedMap<String, Long> issuesPerRepository) {
}
