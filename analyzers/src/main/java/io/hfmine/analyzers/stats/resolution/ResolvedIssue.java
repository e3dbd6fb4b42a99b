package io.hfmine.analyzers.stats.resolution;

/** A closed issue and its resolution time in whole days. */
public record ResolvedIssue(StudyIssue issue, long days) {
}
