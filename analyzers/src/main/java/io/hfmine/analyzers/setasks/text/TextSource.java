package io.hfmine.analyzers.setasks.text;

import java.util.Locale;

/** Where a task was found: the card's text, its YAML metadata, or the abstract of a linked arXiv paper. */
public enum TextSource {
  CARD, METADATA, ABSTRACT;

  /** The name used in the store, the taxonomy file and the export. */
  public String key() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** The source named {@code key}; an error names the accepted names. */
  public static TextSource of(String key) {
    for (TextSource source : values()) {
      if (source.key().equals(key)) {
        return source;
      }
    }
    throw new IllegalArgumentException("unknown text source '" + key + "'; use card, metadata or abstract");
  }
}
