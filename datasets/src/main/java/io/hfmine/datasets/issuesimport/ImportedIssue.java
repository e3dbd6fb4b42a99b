package io.hfmine.datasets.issuesimport;

import java.time.LocalDateTime;
import java.util.List;

/**
 * One issue of a dump, validated, as it goes into the {@code issues} table; {@code comments} is
 * null when the record carried no {@code comments_data} (the store's comments are then kept).
 */
public record ImportedIssue(
    String repository,
    int number,
    Long githubId,
    String title,
    String body,
    String state,
    String stateReason,
    String author,
    String authorAssociation,
    List<String> labels,
    Integer commentsCount,
    String htmlUrl,
    LocalDateTime createdAt,
    LocalDateTime updatedAt,
    LocalDateTime closedAt,
    List<ImportedComment> comments) {
}
