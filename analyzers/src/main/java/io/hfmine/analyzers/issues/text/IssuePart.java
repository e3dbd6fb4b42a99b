package io.hfmine.analyzers.issues.text;

/** Where in an issue a segment comes from. */
public enum IssuePart {
  TITLE("title"),
  BODY("body"),
  /** A comment by someone who does not maintain the repository (usually the reporter or another user). */
  COMMENT("comment"),
  /** A comment by an owner, member or collaborator: often an answer that names packages or links documentation. */
  MAINTAINER_COMMENT("maintainer-comment");

  private final String key;

  IssuePart(String key) {
    this.key = key;
  }

  public String key() {
    return key;
  }
}
