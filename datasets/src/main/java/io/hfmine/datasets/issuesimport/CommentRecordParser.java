package io.hfmine.datasets.issuesimport;

/**
 * Validates one GitHub REST issue-comment object (or a row of hfmine's {@code issue_comments}
 * export): {@code id} (or {@code comment_id}) is required, the rest type-checked.
 */
final class CommentRecordParser {
  private CommentRecordParser() {
  }

  static ImportedComment parse(FieldReader fields) {
    return new ImportedComment(
        fields.has("id") || !fields.has("comment_id") ? fields.requiredLong("id") : fields.requiredLong("comment_id"),
        fields.has("user") ? fields.optionalLogin("user") : fields.optionalText("author"),
        fields.optionalText("author_association"),
        fields.optionalText("body"),
        fields.optionalTimestamp("created_at"),
        fields.optionalTimestamp("updated_at"));
  }
}
