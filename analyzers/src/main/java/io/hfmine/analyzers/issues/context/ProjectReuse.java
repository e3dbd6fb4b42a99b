package io.hfmine.analyzers.issues.context;

/**
 * Whether a project reuses pre-trained models at all, as far as the store can tell. A project
 * that does not (sktime's "transformers" are its own data transformers) needs unmistakable
 * evidence before one of its issues is called PTM-related.
 */
public enum ProjectReuse {
  /** Verified model-loading code of the project is in the store, or its dependencies name a PTM library. */
  KNOWN("known"),
  /** Many of the project's issues carry unmistakable PTM evidence. */
  LIKELY("likely"),
  /** Too little is known (few issues, nothing verified). */
  UNKNOWN("unknown"),
  /** Enough issues, and almost none carries unmistakable PTM evidence. */
  UNLIKELY("unlikely");

  private final String key;

  ProjectReuse(String key) {
    this.key = key;
  }

  /** The name used in configuration ({@code issues.rules.context-factors}) and evidence. */
  public String key() {
    return key;
  }
}
