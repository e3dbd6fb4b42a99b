package io.hfmine.crawler.github.code;

import java.util.ArrayList;
import java.util.List;

/**
 * Splits a code-search query whose {@code total_count} exceeds what GitHub returns (1,000) into
 * disjoint {@code size:} ranges that together cover every indexed size (files over 384 KB are not
 * indexed, so the first split covers 0..384 KiB).
 *
 * <p>File sizes are spread roughly log-uniformly (many small files, a long tail of big ones), so
 * the cut points are spaced evenly on a log scale between the range's ends (sizes under 64 bytes
 * count as 64: such files are rare), and a split makes a quarter more parts than the count
 * strictly needs, so that few parts come out over the cap and need a second split.
 */
public final class CodeSearchSlicer {
  /** Name of the unsliced query. */
  public static final String ALL = "all";

  private static final double HEADROOM = 1.25;
  private static final long SMALLEST_TYPICAL_FILE = 64;

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
    long wanted = Math.max(2, (long) Math.ceil(totalCount * HEADROOM / resultCap));
    int parts = (int) Math.min(wanted, range.width());
    double low = Math.log(Math.max(range.min(), SMALLEST_TYPICAL_FILE));
    double high = Math.log(Math.max(range.max(), SMALLEST_TYPICAL_FILE + 1));
    List<String> slices = new ArrayList<>();
    long start = range.min();
    for (int i = 1; i <= parts; i++) {
      long end;
      if (i == parts) {
        end = range.max();
      } else {
        long cut = (long) Math.floor(Math.exp(low + (high - low) * i / parts)) - 1;
        // Every part keeps at least one size, and leaves one for each part after it.
        end = Math.min(Math.max(start, cut), range.max() - (parts - i));
      }
      slices.add(new SizeRange(start, end).qualifier());
      start = end + 1;
    }
    return slices;
  }
}
