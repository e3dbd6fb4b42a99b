package io.hfmine.analyzers.patterns.clustering;

/** An algorithm refuses a group because its memory need grows faster than the group. */
public final class GroupTooLargeException extends RuntimeException {
  public GroupTooLargeException(String message) {
    super(message);
  }
}
