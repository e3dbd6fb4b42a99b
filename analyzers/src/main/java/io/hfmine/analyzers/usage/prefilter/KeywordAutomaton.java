package io.hfmine.analyzers.usage.prefilter;

import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Queue;

/**
 * Aho-Corasick over bytes: finds every occurrence of a set of keywords in one pass.
 *
 * <p>The automaton is one flat transition table (states × 256), so scanning costs one array
 * lookup per byte whatever the number of keywords: an entry holds the next state's row offset,
 * negated when a keyword ends there. Immutable and shareable between threads.
 */
public final class KeywordAutomaton {
  private final List<String> keywords;
  /** Row offset (state × 256) of the next state, negated (minus one) when keywords end there. */
  private final int[] table;
  /** For each state, the indexes of keywords ending there (via output links), or null. */
  private final int[][] outputs;
  private final int[] lengths;

  public KeywordAutomaton(Collection<String> keywordSet) {
    this.keywords = List.copyOf(keywordSet);
    if (keywords.isEmpty()) {
      throw new IllegalArgumentException("an automaton needs at least one keyword");
    }
    List<int[]> transitions = new ArrayList<>();
    List<List<Integer>> out = new ArrayList<>();
    transitions.add(newRow());
    out.add(new ArrayList<>());
    for (int k = 0; k < keywords.size(); k++) {
      byte[] bytes = keywords.get(k).getBytes(StandardCharsets.UTF_8);
      if (bytes.length == 0) {
        throw new IllegalArgumentException("keywords must not be empty");
      }
      int state = 0;
      for (byte b : bytes) {
        int c = b & 0xFF;
        if (transitions.get(state)[c] < 0) {
          transitions.add(newRow());
          out.add(new ArrayList<>());
          transitions.get(state)[c] = transitions.size() - 1;
        }
        state = transitions.get(state)[c];
      }
      out.get(state).add(k);
    }
    int states = transitions.size();
    int[] fail = new int[states];
    Queue<Integer> queue = new ArrayDeque<>();
    int[] root = transitions.get(0);
    for (int c = 0; c < 256; c++) {
      if (root[c] < 0) {
        root[c] = 0;
      } else {
        fail[root[c]] = 0;
        queue.add(root[c]);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.remove();
      int[] row = transitions.get(state);
      out.get(state).addAll(out.get(fail[state]));
      for (int c = 0; c < 256; c++) {
        int target = row[c];
        if (target < 0) {
          row[c] = transitions.get(fail[state])[c];
        } else {
          fail[target] = transitions.get(fail[state])[c];
          queue.add(target);
        }
      }
    }
    this.lengths = keywords.stream().mapToInt(k -> k.getBytes(StandardCharsets.UTF_8).length).toArray();
    this.outputs = new int[states][];
    for (int s = 0; s < states; s++) {
      List<Integer> list = out.get(s);
      outputs[s] = list.isEmpty() ? null : list.stream().mapToInt(Integer::intValue).toArray();
    }
    this.table = new int[states * 256];
    for (int s = 0; s < states; s++) {
      int[] row = transitions.get(s);
      for (int c = 0; c < 256; c++) {
        int target = row[c];
        table[s * 256 + c] = outputs[target] == null ? target * 256 : -(target * 256) - 1;
      }
    }
  }

  private static int[] newRow() {
    int[] row = new int[256];
    Arrays.fill(row, -1);
    return row;
  }

  public List<String> keywords() {
    return keywords;
  }

  /** Whether any keyword occurs in {@code bytes}; stops at the first one. */
  public boolean containsAny(byte[] bytes) {
    int[] table = this.table;
    int row = 0;
    for (byte b : bytes) {
      row = table[row + (b & 0xFF)];
      if (row < 0) {
        return true;
      }
    }
    return false;
  }

  /** Reports every occurrence: the keyword's index and its start offset, in text order. */
  public void forEachMatch(byte[] bytes, MatchSink sink) {
    forEachMatch(bytes, 0, bytes.length, sink);
  }

  /** Reports every occurrence lying entirely within {@code [from, to)}. */
  public void forEachMatch(byte[] bytes, int from, int to, MatchSink sink) {
    int[] table = this.table;
    int row = 0;
    int end = Math.min(to, bytes.length);
    for (int i = Math.max(0, from); i < end; i++) {
      row = table[row + (bytes[i] & 0xFF)];
      if (row < 0) {
        row = -row - 1;
        for (int k : outputs[row >> 8]) {
          sink.match(k, i + 1 - lengths[k]);
        }
      }
    }
  }

  /** Reports occurrences in text order until the sink answers true; returns whether it did. */
  public boolean anyMatch(byte[] bytes, MatchPredicate sink) {
    int[] table = this.table;
    int row = 0;
    for (int i = 0; i < bytes.length; i++) {
      row = table[row + (bytes[i] & 0xFF)];
      if (row < 0) {
        row = -row - 1;
        for (int k : outputs[row >> 8]) {
          if (sink.test(k, i + 1 - lengths[k])) {
            return true;
          }
        }
      }
    }
    return false;
  }

  /** Decides on matches for {@link #anyMatch}. */
  @FunctionalInterface
  public interface MatchPredicate {
    boolean test(int keywordIndex, int start);
  }

  /** Receives matches from {@link #forEachMatch}. */
  @FunctionalInterface
  public interface MatchSink {
    void match(int keywordIndex, int start);
  }
}
