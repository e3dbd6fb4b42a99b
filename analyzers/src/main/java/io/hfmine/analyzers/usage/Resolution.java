package io.hfmine.analyzers.usage;

import java.util.Locale;

/** How the model-id argument of a loading call was worked out, from most to least certain. */
public enum Resolution {
  /** A string literal at the call. */
  LITERAL,
  /** A name (or dict entry, or attribute) bound once to a string. */
  CONSTANT,
  /** A function parameter's default, or an environment lookup's fallback. */
  DEFAULT,
  /**
   * A command-line option's default (or one of its choices): an argparse
   * {@code add_argument(..., default=...)} reached through {@code args.x}, or a click
   * {@code @click.option(..., default=...)} reached through the parameter click fills.
   */
  ARGPARSE,
  /**
   * A parameter without a usable default, worked out from what the calls of its function in the
   * same file pass for it ({@code convert("acme/chat-7b")}).
   */
  CALL_SITE,
  /** An f-string, concatenation or format with unresolved parts, kept as {@code facebook/opt-{size}}. */
  PATTERN,
  /** Nothing could be worked out; the model literal holds the expression's source text. */
  UNKNOWN,
  /** The call has no id argument at all (e.g. {@code pipeline("sentiment-analysis")}). */
  ABSENT;

  /** Lower-case name as stored and exported. */
  public String sql() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Whether the value is a complete id (not a pattern, not unknown, not absent). */
  public boolean isComplete() {
    return this == LITERAL || this == CONSTANT || this == DEFAULT || this == ARGPARSE || this == CALL_SITE;
  }

  /** The weaker of two complete resolutions, for values assembled from several parts. */
  public Resolution weakest(Resolution other) {
    return other.ordinal() > ordinal() ? other : this;
  }
}
