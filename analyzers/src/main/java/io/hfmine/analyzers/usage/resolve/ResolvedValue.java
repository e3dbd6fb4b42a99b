package io.hfmine.analyzers.usage.resolve;

import io.hfmine.analyzers.usage.Resolution;

/**
 * What an expression evaluates to: the string (complete or a pattern with {@code {expr}}
 * holes), or the expression's own source text when {@link Resolution#UNKNOWN}. Python constants
 * that are not strings ({@code True}, {@code None}, {@code 0}) are kept with {@code string}
 * false: they decide flags, and never count as an id.
 */
public record ResolvedValue(String text, Resolution resolution, boolean string) {
  /** Longest source text kept for an unknown expression. */
  public static final int MAX_TEXT = 200;

  public ResolvedValue(String text, Resolution resolution) {
    this(text, resolution, true);
  }

  public static ResolvedValue unknown(String sourceText) {
    String text = sourceText.length() > MAX_TEXT ? sourceText.substring(0, MAX_TEXT) + "…" : sourceText;
    return new ResolvedValue(text, Resolution.UNKNOWN);
  }

  /** A Python constant that is not a string, as its source text ({@code True}, {@code None}). */
  public static ResolvedValue constant(String pythonText, Resolution resolution) {
    return new ResolvedValue(pythonText, resolution, false);
  }

  /** Whether the value is a complete string. */
  public boolean isComplete() {
    return string && resolution.isComplete();
  }

  /** Whether the value is a known constant that is not a string ({@code True}, {@code None}). */
  public boolean isConstant() {
    return !string && resolution.isComplete();
  }

  /** Whether the value is Python's {@code None}. */
  public boolean isNone() {
    return isConstant() && text.equals("None");
  }

  /** The same value resolved in a weaker way (a constant reached through a default stays a default). */
  public ResolvedValue downgradedTo(Resolution weaker) {
    return resolution.isComplete() ? new ResolvedValue(text, resolution.weakest(weaker), string) : this;
  }
}
