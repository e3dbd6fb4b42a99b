package io.hfmine.analyzers.issues;

/** One stored label of an issue (a row of {@code issue_labels}). */
public record IssueLabel(IssueId issue, LabelKind kind, String value, String source, Double confidence, String evidence) {
}
