package io.hfmine.datasets.issuesimport;

import java.util.List;
import java.util.SortedMap;

/**
 * What one import stored: distinct issues and comments, pull requests skipped, comments of a
 * comments file skipped because their issue is not in the store (comments on pull requests), and
 * the issues per repository. {@code records} counts every issue object read, duplicates included;
 * {@code skipped} lists the bad records left out under {@link BadRecords#SKIP}, in file order.
 */
public record IssueImportSummary(
    String file,
    long records,
    long issues,
    long comments,
    long pullRequestsSkipped,
    long commentsSkipped,
    SortedMap<String, Long> issuesPerRepository,
    List<SkippedRecord> skipped) {
}
