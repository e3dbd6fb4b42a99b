package io.hfmine.crawler.github.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a code-search query whose {@code total_count} exceeds what GitHub returns (1,000) into
 * disjoint {@code size:} ranges that together cover every indexed size (files over 384 KB are not
 * indexed, so the first split covers 0..384 KiB).
 *
 * <p>File sizes are heavily skewed towards small files, so the cut points grow geometrically:
 * each part then holds a comparable share of the hits and few slices need a second split.
 */
public final class CodeSearchSlicer {
  /** Name of the unsliced query. */
  public static final String ALL = "all";

  private final long resultCap;
  private final long maxIndexedBytes;

  public CodeSearchSlicer(long resultCap, long maxIndexedBytes) {
    this.resultCap = resultCap;
    this.maxIndexedBytes = maxIndexedBytes;
  }

  /** Whether a slice with this many results must be split to be crawled completely. */
  public boolean tooBig(long totalCount) {
    return totalCount > resultCap;
  }

  /** Whether a slice can be split at all: the unsliced query and any range wider than one size. */
  public boolean splittable(String slice) {
    return ALL.equals(slice) || SizeRange.parse(slice).width() > 1;
  }

  /** The disjoint sub-slices of {@code slice}, which had {@code totalCount} results; empty if it cannot split. */
  public List<String> split(String slice, long totalCount) {
    if (!splittable(slice)) {
      return List.of();
    }
    SizeRange range = ALL.equals(slice) ? new SizeRange(0, maxIndexedBytes) : SizeRange.parse(slice);
    long wanted = Math.max(2, Math.ceilDiv(totalCount, resultCap));
    int parts = (int) Math.min(wanted, range.width());
    List<String> slices = new ArrayList<>();
    long start = range.min();
    for (int i = 1; i <= parts; i++) {
      long end;
      if (i == parts) {
        end = range.max();
      } else {
        // Geometric cut: min + width^(i/parts) - 1, but always at least one size per part.
        long offset = (long) Math.floor(Math.pow(range.width(), (double) i / parts)) - 1;
        end = Math.max(start, range.min() + offset);
        end = Math.min(end, range.max() - (parts - i));
      }
      slices.add(new SizeRange(start, end).qualifier());
      start = end + 1;
    }
    return slices;
  }
}
