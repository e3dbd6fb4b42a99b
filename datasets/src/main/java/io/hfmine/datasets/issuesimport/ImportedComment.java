package io.hfmine.datasets.issuesimport;

import java.time.LocalDateTime;

/** One comment of an imported issue, as it goes into the {@code issue_comments} table. */
public record ImportedComment(
    long commentId,
    String author,
    String authorAssociation,
    String body,
    LocalDateTime createdAt,
    LocalDateTime updatedAt) {
}
