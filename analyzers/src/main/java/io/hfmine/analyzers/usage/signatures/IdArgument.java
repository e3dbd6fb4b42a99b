package io.hfmine.analyzers.usage.signatures;

/**
 * Where a model id is among a call's arguments: a 0-based positional index and/or a keyword.
 * {@code namespaced}: only a value naming {@code owner/name} is a Hub repository there (diffusers'
 * {@code custom_pipeline} otherwise names a community pipeline kept outside the Hub, or a file).
 * {@code module}: the id is no argument but the package the callee belongs to, as imported
 * ({@code import en_core_web_sm; en_core_web_sm.load()} loads the pipeline the package holds).
 */
public record IdArgument(Integer position, String keyword, String kind, Boolean namespaced, Boolean module) {
  public IdArgument {
    if (position == null && (keyword == null || keyword.isBlank()) && !Boolean.TRUE.equals(module)) {
      throw new IllegalArgumentException("an id argument needs a position, a keyword or `module: true`");
    }
  }

  public IdArgument(Integer position, String keyword, String kind) {
    this(position, keyword, kind, null, null);
  }

  /** Whether the id is the callee's own package rather than an argument. */
  public boolean fromModule() {
    return Boolean.TRUE.equals(module);
  }

  /** Whether a value written there can name a Hub repository at all. */
  public boolean admits(String value) {
    return !Boolean.TRUE.equals(namespaced) || value.strip().contains("/");
  }
}
