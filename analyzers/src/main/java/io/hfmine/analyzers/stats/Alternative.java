package io.hfmine.analyzers.stats;

import java.util.Locale;

/** The alternative hypothesis of a two-sample test, named as SciPy names it. */
public enum Alternative {
  /** The first sample tends to be larger. */
  GREATER("greater"),
  /** The first sample tends to be smaller. */
  LESS("less"),
  /** The samples differ in either direction. */
  TWO_SIDED("two-sided");

  private final String scipyName;

  Alternative(String scipyName) {
    this.scipyName = scipyName;
  }

  /** The name SciPy uses ({@code greater}, {@code less}, {@code two-sided}). */
  public String scipyName() {
    return scipyName;
  }

  /** Parses SciPy's spelling (case-insensitive; {@code two_sided} also accepted). */
  public static Alternative parse(String text) {
    String normalised = text.strip().toLowerCase(Locale.ROOT).replace('_', '-');
    for (Alternative alternative : values()) {
      if (alternative.scipyName.equals(normalised)) {
        return alternative;
      }
    }
    throw new IllegalArgumentException("unknown alternative '" + text
        + "' (expected greater, less or two-sided)");
  }
}
