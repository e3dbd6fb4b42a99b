package io.hfmine.analyzers.cards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds groups of near-identical model cards: TF-IDF cosine at or above a threshold (0.99 in the
 * SE-task study). The earliest-created card of a group is its original, the others are variants.
 *
 * <p>Never compares all pairs: identical texts are merged first, MinHash/LSH ({@link
 * MinHashBlocking}) proposes candidate pairs, and only candidates get an exact cosine. Groups are
 * connected components of the pairs above the threshold, so a variant reached through another
 * variant may sit slightly below the threshold to the original; its similarity says so.
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

  /** One member of a group: {@code similarity} is its cosine to the original (1.0 for the original). */
  public record Member(String modelId, String originalId, int groupSize, double similarity) {
  }

  /** The groups' members and how much work the blocking saved. */
  public record Result(List<Member> members, int groups, int cards, long candidatePairs, long comparedPairs) {
  }

  public CardDeduplicator(Settings settings) {
    this.settings = settings;
  }

  public Result find(List<Card> cards) {
    int n = cards.size();
    // Identical texts collapse to one representative, so huge template buckets cost nothing.
    Map<String, Integer> firstByText = new HashMap<>();
    int[] representativeOf = new int[n];
    List<Integer> representatives = new ArrayList<>();
    for (int i = 0; i < n; i++) {
      Integer first = firstByText.putIfAbsent(cards.get(i).text(), i);
      if (first == null) {
        representativeOf[i] = representatives.size();
        representatives.add(i);
      } else {
        representativeOf[i] = representativeOf[first];
      }
    }
    List<String> texts = new ArrayList<>(n);
    cards.forEach(card -> texts.add(card.text()));
    TfIdfVectors vectors = TfIdfVectors.of(texts);

    int unique = representatives.size();
    int[][] termSets = new int[unique][];
    for (int r = 0; r < unique; r++) {
      termSets[r] = vectors.terms[representatives.get(r)];
    }
    UnionFind groups = new UnionFind(unique);
    long[] work = new long[2];
    new MinHashBlocking(settings.bands(), settings.rows()).blocks(termSets, (members, size) -> {
      for (int a = 0; a < size; a++) {
        int limit = Math.min(size, a + 1 + settings.maxBucketComparisons());
        for (int b = a + 1; b < limit; b++) {
          work[0]++;
          int x = members[a];
          int y = members[b];
          if (groups.find(x) == groups.find(y)) {
            continue;
          }
          work[1]++;
          if (vectors.cosine(representatives.get(x), representatives.get(y)) >= settings.threshold()) {
            groups.union(x, y);
          }
        }
      }
    });
    List<Member> members = members(cards, vectors, representativeOf, groups);
    int groupCount = (int) members.stream().map(Member::originalId).distinct().count();
    return new Result(members, groupCount, n, work[0], work[1]);
  }

  private static List<Member> members(List<Card> cards, TfIdfVectors vectors, int[] representativeOf,
      UnionFind groups) {
    Map<Integer, List<Integer>> byRoot = new HashMap<>();
    for (int i = 0; i < cards.size(); i++) {
      byRoot.computeIfAbsent(groups.find(representativeOf[i]), root -> new ArrayList<>()).add(i);
    }
    Comparator<Integer> earliest = Comparator
        .comparing((Integer i) -> cards.get(i).createdAt(), Comparator.nullsLast(Comparator.naturalOrder()))
        .thenComparing(i -> cards.get(i).modelId());
    List<Member> members = new ArrayList<>();
    for (List<Integer> group : byRoot.values()) {
      if (group.size() < 2) {
        continue;
      }
      int original = group.stream().min(earliest).orElseThrow();
      String originalId = cards.get(original).modelId();
      for (int i : group) {
        double similarity = i == original || cards.get(i).text().equals(cards.get(original).text())
            ? 1.0 : vectors.cosine(i, original);
        members.add(new Member(cards.get(i).modelId(), originalId, group.size(), similarity));
      }
    }
    members.sort(Comparator.comparing(Member::originalId).thenComparing(Member::modelId));
    return members;
  }

  /** Disjoint sets with path halving and union by size. */
  private static final class UnionFind {
    private final int[] parent;
    private final int[] size;

    UnionFind(int n) {
      parent = new int[n];
      size = new int[n];
      for (int i = 0; i < n; i++) {
        parent[i] = i;
      }
      Arrays.fill(size, 1);
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    void union(int a, int b) {
      int ra = find(a);
      int rb = find(b);
      if (ra == rb) {
        return;
      }
      if (size[ra] < size[rb]) {
        int t = ra;
        ra = rb;
        rb = t;
      }
      parent[rb] = ra;
      size[ra] += size[rb];
    }
  }
}
