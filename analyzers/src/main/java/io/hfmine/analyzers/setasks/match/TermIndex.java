package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.taxonomy.SeTask;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.analyzers.setasks.text.SegmentedText;
import io.hfmine.analyzers.setasks.text.Segmenter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The taxonomy's terms as lemma sequences, in a trie over lemma ids.
 *
 * <p>A term is cut into words like text is. A term has no sentence around it to decide how its words
 * are read, so each of its words stands for every lemma the word can have under some tag:
 * "logging" for {@code log} and {@code logging}, "unit testing" for {@code unit test} and
 * {@code unit testing}. Text words, by contrast, get the one lemma their tag in the sentence gives.
 * "code generation" is {@code [code, generation]}; "generating code" in a text is
 * {@code [generate, code]}, another phrase, so it finds the task only when the taxonomy lists a term
 * such as "generate code".
 */
public final class TermIndex {
  private final List<SeTask> tasks;
  private final Map<String, Integer> vocabulary;
  private final Node root = new Node();
  private final Map<String, List<List<String>>> termLemmas = new LinkedHashMap<>();
  // task index -> length -> lemma sequences of that length (for the certainty check)
  private final List<Map<Integer, Set<List<String>>>> byLength = new ArrayList<>();

  private TermIndex(List<SeTask> tasks) {
    this.tasks = tasks;
    this.vocabulary = new HashMap<>();
  }

  /** Compiles every term of every task of {@code taxonomy}. */
  public static TermIndex build(SeTaxonomy taxonomy, EnglishLemmatizer lemmatizer) {
    TermIndex index = new TermIndex(taxonomy.tasks());
    for (int t = 0; t < taxonomy.tasks().size(); t++) {
      SeTask task = taxonomy.tasks().get(t);
      Map<Integer, Set<List<String>>> lengths = new HashMap<>();
      List<List<String>> sequences = new ArrayList<>();
      for (String term : task.allTerms()) {
        for (List<String> reading : readings(lemmatise(term, lemmatizer))) {
          if (lengths.computeIfAbsent(reading.size(), k -> new HashSet<>()).add(reading)) {
            sequences.add(reading);
            index.insert(reading, t);
          }
        }
      }
      index.termLemmas.put(task.id(), sequences);
      index.byLength.add(lengths);
    }
    return index;
  }

  /** The lemmas each word of {@code term} can have, word by word. */
  static List<List<String>> lemmatise(String term, EnglishLemmatizer lemmatizer) {
    SegmentedText text = Segmenter.segment(term);
    List<List<String>> words = new ArrayList<>();
    for (int i = 0; i < text.tokenCount(); i++) {
      if (text.isWord(i)) {
        words.add(List.of(lemmatizer.possibleLemmas(text.surface(i))));
      }
    }
    return words;
  }

  // Every sequence made by picking one lemma per word.
  private static List<List<String>> readings(List<List<String>> words) {
    List<List<String>> readings = new ArrayList<>();
    readings.add(List.of());
    for (List<String> choices : words) {
      List<List<String>> longer = new ArrayList<>();
      for (List<String> prefix : readings) {
        for (String lemma : choices) {
          List<String> next = new ArrayList<>(prefix);
          next.add(lemma);
          longer.add(List.copyOf(next));
        }
      }
      readings = longer;
    }
    return readings;
  }

  private void insert(List<String> lemmas, int task) {
    Node node = root;
    for (String lemma : lemmas) {
      int id = vocabulary.computeIfAbsent(lemma, k -> vocabulary.size());
      node = node.children.computeIfAbsent(id, k -> new Node());
    }
    if (Arrays.stream(node.tasks).noneMatch(existing -> existing == task)) {
      node.tasks = Arrays.copyOf(node.tasks, node.tasks.length + 1);
      node.tasks[node.tasks.length - 1] = task;
    }
  }

  public List<SeTask> tasks() {
    return tasks;
  }

  /** The id of a lemma that occurs in some term, or -1. */
  public int lemmaId(String lemma) {
    Integer id = vocabulary.get(lemma);
    return id == null ? -1 : id;
  }

  /** Every lemma that occurs in some term. */
  public Set<String> lemmas() {
    return vocabulary.keySet();
  }

  /** Whether any term lemma contains a digit (if none does, words with digits can never match). */
  public boolean anyLemmaWithDigit() {
    return vocabulary.keySet().stream().anyMatch(l -> l.chars().anyMatch(Character::isDigit));
  }

  /** Each task's terms as the lemma sequences they stand for, keyed by task id, for display and tests. */
  public Map<String, List<List<String>>> termLemmas() {
    return termLemmas;
  }

  /** Whether {@code lemmas} is one of the task's terms. */
  boolean isTerm(int task, List<String> lemmas) {
    Set<List<String>> sameLength = byLength.get(task).get(lemmas.size());
    return sameLength != null && sameLength.contains(lemmas);
  }

  Node root() {
    return root;
  }

  /** A trie node: children by lemma id, and the tasks one of whose terms ends here. */
  static final class Node {
    final Map<Integer, Node> children = new HashMap<>(4);
    int[] tasks = new int[0];
  }
}
