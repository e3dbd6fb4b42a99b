package io.hfmine.crawler.github.code;

/** A closed range of file sizes in bytes, as a code-search {@code size:MIN..MAX} qualifier. */
public record SizeRange(long min, long max) {
  public SizeRange {
    if (min < 0 || max < min) {
      throw new IllegalArgumentException("bad size range " + min + ".." + max);
    }
  }

  /** The qualifier appended to the query, and the slice's name in the store. */
  public String qualifier() {
    return "size:" + min + ".." + max;
  }

  /** Sizes in the range. */
  public long width() {
    return max - min + 1;
  }

  /** Parses a qualifier written by {@link #qualifier()}. */
  public static SizeRange parse(String qualifier) {
    String[] bounds = qualifier.substring("size:".length()).split("\\.\\.");
    return new SizeRange(Long.parseLong(bounds[0]), Long.parseLong(bounds[1]));
  }
}
