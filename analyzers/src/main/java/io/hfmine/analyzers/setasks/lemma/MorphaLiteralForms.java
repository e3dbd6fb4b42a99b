package io.hfmine.analyzers.setasks.lemma;

import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The words morpha treats as listed exceptions, read from its own lexer.
 *
 * <p>morpha is a JFlex scanner: every rule rewrites a word by deleting letters at its end and
 * appending a fixed ending. Its rules come in two kinds. Rules over open patterns ({@code {A}+"ies"},
 * {@code {A}*{C}{V}{CXY2}"ing"}, the catch-all) match infinitely many words and nearly all delete at
 * most {@link #OPEN_RULE_MAX_DELETION} letters ("stopping" → "stop"); listed forms ("brought" →
 * "bring", "went" → "go") can rewrite a whole word. In the scanner's automaton a word that only a
 * listed form (or a prefix of one) can reach ends in a state that finitely many words reach, while
 * any word an open rule decides ends in a state on or after a loop. This class reads the
 * automaton's tables, finds the states no loop over letters and digits leads to, probes every
 * other state with the shortest word reaching it to find the few open rules that delete more
 * ({@code {A}*"people"}: "townspeople" → "townsperson"), and walks a word from the tag scanner's,
 * the noun's and the verb's start states: a word that ends in a listed or a wide state in any of
 * them is reported by {@link #isListed}. Any other word keeps all but at most four of its letters
 * in every lemma.
 *
 * <p>The tables are the scanner's private fields; when they cannot be read (another CoreNLP
 * version), {@link #load} returns empty and callers lemmatise every word.
 */
public final class MorphaLiteralForms {
  /** The most letters an open-pattern morpha rule deletes (a doubled consonant and "ing"). */
  public static final int OPEN_RULE_MAX_DELETION = 4;

  private static final String LEXER = "edu.stanford.nlp.process.Morpha";
  private static final String ASCII_WORD_CHARS = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final int[] rowMap;
  private final int[] trans;
  private final int[] starts;
  private final BitSet open;
  // open states whose rule may delete more than OPEN_RULE_MAX_DELETION letters
  private final BitSet wide = new BitSet();
  private final int[] asciiClass = new int[128];

  private MorphaLiteralForms(Class<?> lexer, Function<String, String[]> lemmas) throws ReflectiveOperationException {
    rowMap = intArray(lexer, "ZZ_ROWMAP");
    trans = intArray(lexer, "ZZ_TRANS");
    int[] lexState = intArray(lexer, "ZZ_LEXSTATE");
    Method cmap = lexer.getDeclaredMethod("zzCMap", int.class);
    cmap.setAccessible(true);
    for (int c = 0; c < asciiClass.length; c++) {
      asciiClass[c] = (Integer) cmap.invoke(null, c);
    }
    // Character classes of word characters (letters and digits of any script).
    BitSet wordClasses = new BitSet();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (Character.isLetterOrDigit(cp)) {
        wordClasses.set((Integer) cmap.invoke(null, cp));
      }
    }
    Set<Integer> startStates = new HashSet<>();
    for (String name : List.of("scan", "noun", "verb")) {
      Field field = lexer.getDeclaredField(name);
      field.setAccessible(true);
      int state = field.getInt(null);
      startStates.add(lexState[state]);
      startStates.add(lexState[state + 1]);
    }
    starts = startStates.stream().mapToInt(Integer::intValue).toArray();
    open = openStates(wordClasses);
    probeOpenStates(lemmas);
  }

  // An open rule is read off the lexer only through its effect: each open state is probed with the
  // shortest ASCII word that reaches it, and a state whose probe loses two or more letters that its
  // lemmas do not keep (people -> person loses "ople") counts as wide, like a listed form. Deleting
  // and re-appending the same letters would be a no-op, so a rule that deletes more than four
  // letters shows at least two of them in its probe.
  private void probeOpenStates(Function<String, String[]> lemmas) {
    int states = rowMap.length;
    String[] shortest = new String[states];
    Deque<Integer> queue = new ArrayDeque<>();
    for (int start : starts) {
      if (shortest[start] == null) {
        shortest[start] = "";
        queue.add(start);
      }
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (char c : ASCII_WORD_CHARS.toCharArray()) {
        int next = trans[rowMap[state] + asciiClass[c]];
        if (next >= 0 && shortest[next] == null) {
          shortest[next] = shortest[state] + c;
          queue.add(next);
        }
      }
    }
    for (int state = open.nextSetBit(0); state >= 0; state = open.nextSetBit(state + 1)) {
      String probe = shortest[state];
      if (probe == null || probe.isEmpty()) {
        continue;
      }
      String lower = probe.toLowerCase(Locale.ROOT);
      for (String lemma : lemmas.apply(probe)) {
        int common = 0;
        while (common < lower.length() && common < lemma.length() && lower.charAt(common) == lemma.charAt(common)) {
          common++;
        }
        if (lower.length() - common >= 2) {
          wide.set(state);
        }
      }
    }
  }

  /**
   * The reader of the lemmatiser's scanner, or empty when its tables cannot be read;
   * {@code lemmas} gives a word's lemmas under every tag family (to probe the open rules).
   */
  public static Optional<MorphaLiteralForms> load(Function<String, String[]> lemmas) {
    try {
      return Optional.of(new MorphaLiteralForms(Class.forName(LEXER), lemmas));
    } catch (ReflectiveOperationException | RuntimeException e) {
      return Optional.empty();
    }
  }

  /**
   * Whether a word of ASCII letters and digits is one of morpha's listed forms or the prefix of one
   * in some start state, or ends where a wide open rule decides: whether morpha may rewrite more
   * than its last four letters.
   */
  public boolean isListed(String asciiWord) {
    for (int start : starts) {
      int state = start;
      for (int i = 0; i < asciiWord.length() && state >= 0; i++) {
        char c = asciiWord.charAt(i);
        state = c < 128 ? trans[rowMap[state] + asciiClass[c]] : -1;
      }
      // A word the automaton cannot follow is treated as listed: lemmatising it is always safe.
      if (state < 0 || !open.get(state) || wide.get(state)) {
        return true;
      }
    }
    return false;
  }

  // States reached by infinitely many words: those on a loop over word characters or after one.
  private BitSet openStates(BitSet classes) {
    int states = rowMap.length;
    BitSet reachable = new BitSet(states);
    Deque<Integer> queue = new ArrayDeque<>();
    for (int start : starts) {
      if (!reachable.get(start)) {
        reachable.set(start);
        queue.add(start);
      }
    }
    List<Set<Integer>> edges = new ArrayList<>(states);
    for (int s = 0; s < states; s++) {
      edges.add(new HashSet<>());
    }
    while (!queue.isEmpty()) {
      int state = queue.poll();
      for (int cls = classes.nextSetBit(0); cls >= 0; cls = classes.nextSetBit(cls + 1)) {
        int next = trans[rowMap[state] + cls];
        if (next >= 0) {
          edges.get(state).add(next);
          if (!reachable.get(next)) {
            reachable.set(next);
            queue.add(next);
          }
        }
      }
    }
    // Kahn's order over the reachable graph: the states it never frees lie on or after a loop.
    int[] indegree = new int[states];
    for (int s = reachable.nextSetBit(0); s >= 0; s = reachable.nextSetBit(s + 1)) {
      for (int t : edges.get(s)) {
        indegree[t]++;
      }
    }
    Deque<Integer> free = new ArrayDeque<>();
    for (int s = reachable.nextSetBit(0); s >= 0; s = reachable.nextSetBit(s + 1)) {
      if (indegree[s] == 0) {
        free.add(s);
      }
    }
    BitSet ordered = new BitSet(states);
    while (!free.isEmpty()) {
      int s = free.poll();
      ordered.set(s);
      for (int t : edges.get(s)) {
        if (--indegree[t] == 0) {
          free.add(t);
        }
      }
    }
    BitSet result = (BitSet) reachable.clone();
    result.andNot(ordered);
    return result;
  }

  private static int[] intArray(Class<?> type, String name) throws ReflectiveOperationException {
    Field field = type.getDeclaredField(name);
    field.setAccessible(true);
    return (int[]) field.get(null);
  }
}
