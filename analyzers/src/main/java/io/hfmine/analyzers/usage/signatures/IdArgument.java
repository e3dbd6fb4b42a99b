package io.hfmine.analyzers.usage.signatures;

/**
 * Where a model id is among a call's arguments: a 0-based positional index and/or a keyword.
 * {@code namespaced}: only a value naming {@code owner/name} is a Hub repository there (diffusers'
 * {@code custom_pipeline} otherwise names a community pipeline kept outside the Hub, or a file).
 */
public record IdArgument(Integer position, String keyword, String kind, Boolean namespaced) {
  public IdArgument {
    if (position == null && (keyword == null || keyword.isBlank())) {
      throw new IllegalArgumentException("an id argument needs a position or a keyword");
    }
  }

  public IdArgument(Integer position, String keyword, String kind) {
    this(position, keyword, kind, null);
  }

  /** Whether a value written there can name a Hub repository at all. */
  public boolean admits(String value) {
    return !Boolean.TRUE.equals(namespaced) || value.strip().contains("/");
  }
}
