package io.hfmine.analyzers.cards;

import io.hfmine.analyzers.graph.DisjointSets;
import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.text.TfIdf;
import io.hfmine.datasets.hashing.Hashes;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

/**
 * Finds groups of near-identical model cards: TF-IDF cosine at or above a threshold (0.99 in the
 * SE-task study). The earliest-created card of a group is its original, the others are variants.
 *
 * <p>Never compares all pairs: identical texts are merged first, MinHash/LSH ({@link
 * MinHashBlocking}) proposes candidate pairs, and only candidates get an exact cosine. Groups are
 * connected components of the pairs above the threshold, so a variant reached through another
 * variant may sit slightly below the threshold to the original; its similarity says so.
 *
 * <p>Never holds the texts either: the cards are streamed twice. The first pass keeps, per card,
 * its id, creation time and a 128-bit hash of its text, and per distinct text its MinHash band
 * keys and the document frequencies of its words; the second pass builds term counts only for
 * the texts that blocking proposed as candidates. Memory grows with the number of cards by a few
 * hundred bytes each, not with the size of their texts. Weights are scikit-learn's defaults
 * ({@link TfIdf}: raw counts, smoothed idf over all cards, L2 norm); words are maximal runs of
 * letters or digits, lower-cased.
 */
public final class CardDeduplicator {
  private final Settings settings;

  /** Threshold and blocking shape; {@code maxBucketComparisons} bounds the work of a huge bucket. */
  public record Settings(double threshold, int bands, int rows, int maxBucketComparisons) {
    public Settings {
      if (threshold <= 0 || threshold > 1) {
        throw new IllegalArgumentException("threshold must be in (0, 1]; got " + threshold);
      }
      if (bands < 1 || rows < 1) {
        throw new IllegalArgumentException("bands and rows must be at least 1");
      }
    }
  }

  /** A card to compare: model id, creation time (null sorts last) and its text. */
  public record Card(String modelId, Instant createdAt, String text) {
  }

  /**
   * Cards that can be read more than once: each {@code forEach} yields the same cards in the
   * same order (a store query with a stable order, a file, a list).
   */
  @FunctionalInterface
  public interface CardSource {
    void forEach(Consumer<Card> sink);
  }

  /** One member of a group: {@code similarity} is its cosine to the original (1.0 for the original). */
  public record Member(String modelId, String originalId, int groupSize, double similarity) {
  }

  /** The groups' members and how much work the blocking saved. */
  public record Result(List<Member> members, int groups, int cards, long candidatePairs, long comparedPairs) {
  }

  public CardDeduplicator(Settings settings) {
    this.settings = settings;
  }

  /** Groups the cards of a list. */
  public Result find(List<Card> cards) {
    return find(cards::forEach);
  }

  /** Groups the cards of {@code source}, reading it twice. */
  public Result find(CardSource source) {
    FirstPass first = new FirstPass(new MinHashBlocking(settings.bands(), settings.rows()));
    source.forEach(first::add);
    long[] pairs = candidatePairs(first);
    BitSet candidates = new BitSet(first.distinctTexts());
    for (long pair : pairs) {
      candidates.set((int) (pair >>> 32));
      candidates.set((int) pair);
    }
    SecondPass second = new SecondPass(first, candidates);
    source.forEach(second::add);
    if (second.seen != first.cards()) {
      throw new IllegalStateException("the cards changed while they were compared (" + first.cards() + " then "
          + second.seen + ")");
    }
    SparseVector[] vectors = second.vectors();
    DisjointSets groups = new DisjointSets(first.distinctTexts());
    long compared = 0;
    for (long pair : pairs) {
      int x = (int) (pair >>> 32);
      int y = (int) pair;
      if (groups.connected(x, y)) {
        continue;
      }
      compared++;
      if (vectors[x].dot(vectors[y]) >= settings.threshold()) {
        groups.union(x, y);
      }
    }
    List<Member> members = members(first, vectors, groups);
    int groupCount = (int) members.stream().map(Member::originalId).distinct().count();
    return new Result(members, groupCount, first.cards(), pairs.length, compared);
  }

  // Distinct pairs of distinct texts that share a bucket, each bucket capped per member.
  private long[] candidatePairs(FirstPass first) {
    long[][] pairs = {new long[1024]};
    int[] count = new int[1];
    first.blocking.blocks(first.signatures, (members, size) -> {
      for (int a = 0; a < size; a++) {
        int limit = Math.min(size, a + 1 + settings.maxBucketComparisons());
        for (int b = a + 1; b < limit; b++) {
          if (count[0] == pairs[0].length) {
            pairs[0] = Arrays.copyOf(pairs[0], count[0] * 2);
          }
          int x = Math.min(members[a], members[b]);
          int y = Math.max(members[a], members[b]);
          pairs[0][count[0]++] = ((long) x << 32) | y;
        }
      }
    });
    return Arrays.stream(pairs[0], 0, count[0]).sorted().distinct().toArray();
  }

  private static List<Member> members(FirstPass first, SparseVector[] vectors, DisjointSets groups) {
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    for (int i = 0; i < first.cards(); i++) {
      byRoot.computeIfAbsent(groups.find(first.textOf[i]), root -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> earliest = Comparator
        .comparingLong((Integer i) -> first.created[i])
        .thenComparing(i -> first.ids.get(i));
    List<Member> members = new ArrayList<>();
    for (List<Integer> group : byRoot.values()) {
      if (group.size() < 2) {
        continue;
      }
      int original = group.stream().min(earliest).orElseThrow();
      String originalId = first.ids.get(original);
      for (int i : group) {
        int text = first.textOf[i];
        int originalText = first.textOf[original];
        double similarity = text == originalText ? 1.0 : Math.min(1.0, vectors[text].dot(vectors[originalText]));
        members.add(new Member(first.ids.get(i), originalId, group.size(), similarity));
      }
    }
    members.sort(Comparator.comparing(Member::originalId).thenComparing(Member::modelId));
    return members;
  }

  /** What the first pass keeps: per card its id, time and text; per distinct text its band keys. */
  private static final class FirstPass {
    final MinHashBlocking blocking;
    final MinHashBlocking.Signatures signatures;
    final List<String> ids = new ArrayList<>();
    long[] created = new long[1024];
    int[] textOf = new int[1024];
    final Map<TextKey, Integer> texts = new HashMap<>();
    int[] firstCard = new int[1024];
    int[] copies = new int[1024];
    final Map<String, Integer> vocabulary = new HashMap<>();
    int[] documentFrequency = new int[1024];

    FirstPass(MinHashBlocking blocking) {
      this.blocking = blocking;
      this.signatures = blocking.signatures();
    }

    int cards() {
      return ids.size();
    }

    int distinctTexts() {
      return texts.size();
    }

    void add(Card card) {
      int index = ids.size();
      ids.add(card.modelId());
      created = ensure(created, index);
      textOf = ensure(textOf, index);
      // Cards without a time sort after every dated card.
      created[index] = card.createdAt() == null ? Long.MAX_VALUE
          : card.createdAt().getEpochSecond() * 1_000_000_000L + card.createdAt().getNano();
      TextKey key = TextKey.of(card.text());
      Integer text = texts.get(key);
      if (text == null) {
        text = texts.size();
        texts.put(key, text);
        firstCard = ensure(firstCard, text);
        copies = ensure(copies, text);
        firstCard[text] = index;
        int[] terms = Words.distinctIds(card.text(), vocabulary, true);
        for (int term : terms) {
          documentFrequency = ensure(documentFrequency, term);
          documentFrequency[term]++;
        }
        signatures.add(terms);
      }
      copies[text]++;
      textOf[index] = text;
    }
  }

  /** The second pass: copies of a text count in its words' document frequencies; candidates get term counts. */
  private static final class SecondPass {
    final FirstPass first;
    final BitSet candidates;
    final int[][] terms;
    final int[][] counts;
    int seen;

    SecondPass(FirstPass first, BitSet candidates) {
      this.first = first;
      this.candidates = candidates;
      this.terms = new int[first.distinctTexts()][];
      this.counts = new int[first.distinctTexts()][];
    }

    void add(Card card) {
      int index = seen++;
      if (index >= first.cards()) {
        return;
      }
      int text = first.textOf[index];
      if (first.firstCard[text] != index) {
        return;
      }
      int extraCopies = first.copies[text] - 1;
      boolean candidate = candidates.get(text);
      if (extraCopies == 0 && !candidate) {
        return;
      }
      int[][] counted = Words.counts(card.text(), first.vocabulary);
      for (int term : counted[0]) {
        first.documentFrequency[term] += extraCopies;
      }
      if (candidate) {
        terms[text] = counted[0];
        counts[text] = counted[1];
      }
    }

    SparseVector[] vectors() {
      double[] idf = new double[first.vocabulary.size()];
      for (int term = 0; term < idf.length; term++) {
        idf[term] = TfIdf.idf(first.documentFrequency[term], first.cards());
      }
      SparseVector[] vectors = new SparseVector[terms.length];
      for (int text = 0; text < terms.length; text++) {
        vectors[text] = terms[text] == null ? SparseVector.EMPTY
            : TfIdf.weigh(terms[text], counts[text], idf, TfIdf.TermFrequency.RAW);
      }
      return vectors;
    }
  }

  /** The first 128 bits of a text's SHA-256: equal keys mean equal texts. */
  private record TextKey(long high, long low) {
    static TextKey of(String text) {
      MessageDigest digest = Hashes.sha256Digest();
      ByteBuffer hash = ByteBuffer.wrap(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
      return new TextKey(hash.getLong(), hash.getLong());
    }
  }

  /** Words: maximal runs of letters or digits, lower-cased, as term ids of a shared vocabulary. */
  private static final class Words {
    static int[] distinctIds(String text, Map<String, Integer> vocabulary, boolean grow) {
      return Arrays.stream(ids(text, vocabulary, grow)).sorted().distinct().toArray();
    }

    /** Sorted distinct term ids and their counts. */
    static int[][] counts(String text, Map<String, Integer> vocabulary) {
      int[] ids = ids(text, vocabulary, false);
      Arrays.sort(ids);
      int[] terms = new int[ids.length];
      int[] counts = new int[ids.length];
      int distinct = 0;
      for (int i = 0; i < ids.length; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          terms[distinct++] = ids[i];
        }
        counts[distinct - 1]++;
      }
      return new int[][] {Arrays.copyOf(terms, distinct), Arrays.copyOf(counts, distinct)};
    }

    private static int[] ids(String text, Map<String, Integer> vocabulary, boolean grow) {
      int[] ids = new int[64];
      int count = 0;
      int length = text.length();
      int start = -1;
      for (int i = 0; i <= length; i++) {
        boolean word = i < length && Character.isLetterOrDigit(text.charAt(i));
        if (word && start < 0) {
          start = i;
        } else if (!word && start >= 0) {
          String token = text.substring(start, i).toLowerCase(Locale.ROOT);
          Integer id = vocabulary.get(token);
          if (id == null) {
            if (!grow) {
              throw new IllegalStateException("the cards changed while they were compared (new word '" + token + "')");
            }
            id = vocabulary.size();
            vocabulary.put(token, id);
          }
          if (count == ids.length) {
            ids = Arrays.copyOf(ids, count * 2);
          }
          ids[count++] = id;
          start = -1;
        }
      }
      return Arrays.copyOf(ids, count);
    }
  }

  private static long[] ensure(long[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
  }

  private static int[] ensure(int[] array, int index) {
    return index < array.length ? array : Arrays.copyOf(array, Math.max(index + 1, array.length * 2));
  }
}
