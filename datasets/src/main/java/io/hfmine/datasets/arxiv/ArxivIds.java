package io.hfmine.datasets.arxiv;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * arXiv ids named by Hub tags ({@code arxiv:2305.06161}, {@code arxiv:cs/0102001}), without their
 * version suffix, so that every version of a paper is one abstract.
 */
public final class ArxivIds {
  private static final Pattern MODERN = Pattern.compile("\\d{4}\\.\\d{4,5}");
  private static final Pattern OLD = Pattern.compile("[a-z][a-z.\\-]*/\\d{7}");
  private static final Pattern VERSION = Pattern.compile("v\\d+$");

  private ArxivIds() {
  }

  /** The id of an {@code arxiv:} tag, or null when the tag is not one or names no valid id. */
  public static String fromTag(String tag) {
    if (tag == null || tag.length() < 7 || !tag.regionMatches(true, 0, "arxiv:", 0, 6)) {
      return null;
    }
    return normalise(tag.substring(6));
  }

  /** A bare id without version, lower-cased; null when it is neither a modern nor an old-style id. */
  public static String normalise(String id) {
    String bare = VERSION.matcher(id.strip().toLowerCase(Locale.ROOT)).replaceFirst("");
    Matcher modern = MODERN.matcher(bare);
    if (modern.matches() || OLD.matcher(bare).matches()) {
      return bare;
    }
    return null;
  }

  /** The distinct ids named by some tags, in the order met. */
  public static List<String> fromTags(Collection<String> tags) {
    Set<String> ids = new LinkedHashSet<>();
    for (String tag : tags) {
      String id = fromTag(tag);
      if (id != null) {
        ids.add(id);
      }
    }
    return List.copyOf(ids);
  }
}
