package io.hfmine.datasets.issuesimport;

/** A comment read from a separate comments file, with the issue its {@code issue_url} names. */
public record FileComment(String repository, int issueNumber, ImportedComment comment) {
}
