package io.hfmine.analyzers.usage.signatures;

/** Where a model id is among a call's arguments: a 0-based positional index and/or a keyword. */
public record IdArgument(Integer position, String keyword, String kind) {
  public IdArgument {
    if (position == null && (keyword == null || keyword.isBlank())) {
      throw new IllegalArgumentException("an id argument needs a position or a keyword");
    }
  }
}
