package io.hfmine.analyzers.issues;

import java.util.Locale;
import java.util.Set;

/** A comment on an issue: its text and GitHub's {@code author_association} of its author (may be null). */
public record IssueComment(String body, String authorAssociation) {
  private static final Set<String> MAINTAINERS = Set.of("OWNER", "MEMBER", "COLLABORATOR");

  public IssueComment {
    body = body == null ? "" : body;
  }

  /** Written by someone who maintains the repository (its owner, a member of its organisation, a collaborator). */
  public boolean byMaintainer() {
    return authorAssociation != null && MAINTAINERS.contains(authorAssociation.toUpperCase(Locale.ROOT));
  }
}
