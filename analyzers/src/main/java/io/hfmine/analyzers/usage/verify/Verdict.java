package io.hfmine.analyzers.usage.verify;

/** What parsing says about one code-search hit (a file that mentions a model id). */
public enum Verdict {
  /** A loading call resolves to the model (case-insensitive, aliases and patterns included). */
  VERIFIED("verified"),
  /** No call resolves to it, but a loading call has an argument that could not be resolved. */
  UNRESOLVED_CALL("unresolved-call"),
  /** The id appears only in comments, docstrings or strings that reach no loader. */
  MENTION_ONLY("mention-only"),
  /** The file was not fetched or not parsed (too large, timed out ...). */
  UNPARSED("unparsed");

  private final String sql;

  Verdict(String sql) {
    this.sql = sql;
  }

  public String sql() {
    return sql;
  }

  /** The verdict stored as {@code text}. */
  public static Verdict of(String text) {
    for (Verdict verdict : values()) {
      if (verdict.sql.equals(text)) {
        return verdict;
      }
    }
    throw new IllegalArgumentException("no verdict '" + text + "'");
  }
}
