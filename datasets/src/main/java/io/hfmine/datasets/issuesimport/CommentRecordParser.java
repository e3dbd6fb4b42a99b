package io.hfmine.datasets.issuesimport;

/** Validates one GitHub REST issue-comment object: {@code id} is required, the rest type-checked. */
final class CommentRecordParser {
  private CommentRecordParser() {
  }

  static ImportedComment parse(FieldReader fields) {
    return new ImportedComment(
        fields.requiredLong("id"),
        fields.optionalLogin("user"),
        fields.optionalText("author_association"),
        fields.optionalText("body"),
        fields.optionalTimestamp("created_at"),
        fields.optionalTimestamp("updated_at"));
  }
}
