package io.hfmine.analyzers.issues;

/**
 * One stored label of an issue (a row of {@code issue_labels}).
 *
 * @param rank position of a theme or sub-theme in the labeller's list (0 = primary, see
 *     {@link ThemeRanking}); null for ptm and type labels and for rows stored before ranks were kept
 */
public record IssueLabel(IssueId issue, LabelKind kind, String value, String source, Double confidence, String evidence,
    Integer rank) {
  /** A label without a rank (ptm, type). */
  public IssueLabel(IssueId issue, LabelKind kind, String value, String source, Double confidence, String evidence) {
    this(issue, kind, value, source, confidence, evidence, null);
  }
}
