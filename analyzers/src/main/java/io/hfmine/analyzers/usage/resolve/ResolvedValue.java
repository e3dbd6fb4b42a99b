package io.hfmine.analyzers.usage.resolve;

import io.hfmine.analyzers.usage.Resolution;

/**
 * What an id expression evaluates to: the string (complete or a pattern with {@code {expr}}
 * holes), or the expression's own source text when {@link Resolution#UNKNOWN}.
 */
public record ResolvedValue(String text, Resolution resolution) {
  /** Longest source text kept for an unknown expression. */
  public static final int MAX_TEXT = 200;

  public static ResolvedValue unknown(String sourceText) {
    String text = sourceText.length() > MAX_TEXT ? sourceText.substring(0, MAX_TEXT) + "…" : sourceText;
    return new ResolvedValue(text, Resolution.UNKNOWN);
  }

  public boolean isComplete() {
    return resolution.isComplete();
  }

  /** The same text resolved in a weaker way (a constant reached through a default stays a default). */
  public ResolvedValue downgradedTo(Resolution weaker) {
    return isComplete() ? new ResolvedValue(text, resolution.weakest(weaker)) : this;
  }
}
