package io.hfmine.analyzers.cards;

import java.util.Arrays;

/**
 * Locality-sensitive blocking of documents by MinHash over their term sets: {@code bands}
 * bands of {@code rows} hashes each. Two documents share a bucket in some band with probability
 * {@code 1-(1-J^rows)^bands} for term-set Jaccard {@code J}, so near-identical cards meet almost
 * surely while unrelated ones rarely do, without comparing all pairs.
 *
 * <p>A document is kept only as its band keys ({@link Signatures}): {@code bands} longs, whatever
 * the length of its text.
 */
final class MinHashBlocking {
  // Documents are packed with their band hash into one long (hash high, index low) for sorting.
  private static final int INDEX_BITS = 24;
  private static final long INDEX_MASK = (1L << INDEX_BITS) - 1;

  private final int bands;
  private final int rows;
  private final long[] seeds;

  MinHashBlocking(int bands, int rows) {
    this.bands = bands;
    this.rows = rows;
    this.seeds = new long[bands * rows];
    long state = 0x9E3779B97F4A7C15L;
    for (int i = 0; i < seeds.length; i++) {
      state += 0x9E3779B97F4A7C15L;
      seeds[i] = mix(state) | 1L;
    }
  }

  /** Receives each bucket of documents that agree on a whole band. */
  interface BucketSink {
    void bucket(int[] members, int size);
  }

  static int maxDocuments() {
    return 1 << INDEX_BITS;
  }

  /** The band keys of the documents added so far, one growing array per band. */
  final class Signatures {
    private long[][] keys = new long[bands][1024];
    private final long[] minima = new long[seeds.length];
    private int size;

    /** Adds the next document, given as its distinct term ids. */
    void add(int[] termSet) {
      if (size == maxDocuments()) {
        throw new IllegalArgumentException("MinHash blocking handles at most " + maxDocuments() + " distinct cards");
      }
      if (size == keys[0].length) {
        for (int band = 0; band < bands; band++) {
          keys[band] = Arrays.copyOf(keys[band], size * 2);
        }
      }
      Arrays.fill(minima, Long.MAX_VALUE);
      for (int term : termSet) {
        long base = term + 1L;
        for (int k = 0; k < seeds.length; k++) {
          long h = mix(base * seeds[k]);
          if (h < minima[k]) {
            minima[k] = h;
          }
        }
      }
      for (int band = 0; band < bands; band++) {
        long combined = 0x84222325CBF29CE4L;
        for (int r = 0; r < rows; r++) {
          combined = mix(combined ^ minima[band * rows + r]);
        }
        keys[band][size] = (combined & ~INDEX_MASK) | size;
      }
      size++;
    }

    int size() {
      return size;
    }
  }

  Signatures signatures() {
    return new Signatures();
  }

  /** Calls {@code sink} once per band bucket holding two or more documents; sorts the signatures in place. */
  void blocks(Signatures signatures, BucketSink sink) {
    int n = signatures.size;
    int[] members = new int[16];
    for (long[] band : signatures.keys) {
      long[] keys = band;
      Arrays.sort(keys, 0, n);
      int start = 0;
      for (int i = 1; i <= n; i++) {
        if (i == n || (keys[i] & ~INDEX_MASK) != (keys[start] & ~INDEX_MASK)) {
          int size = i - start;
          if (size >= 2) {
            if (members.length < size) {
              members = new int[Math.max(size, members.length * 2)];
            }
            for (int m = 0; m < size; m++) {
              members[m] = (int) (keys[start + m] & INDEX_MASK);
            }
            sink.bucket(members, size);
          }
          start = i;
        }
      }
    }
  }

  // SplitMix64 finaliser: a fast, well-mixed 64-bit hash.
  private static long mix(long z) {
    z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
    z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
    return z ^ (z >>> 31);
  }
}
