package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import java.util.HashMap;
import java.util.Map;

/**
 * The possible lemmas of each distinct word, computed once (morpha under every tag) and kept per
 * thread. Words that cannot reach a term lemma ({@link TermLemmaReach}) are not lemmatised at all.
 * Words none of whose lemmas occurs in a term are stored as a shared marker only, and the
 * map is emptied when it reaches its capacity, so memory stays bounded on any corpus while the
 * frequent words stay cached.
 */
final class WordLemmaCache {
  /** A word none of whose possible lemmas is a term lemma. */
  static final Entry IRRELEVANT = new Entry(new String[0], new int[0]);

  private final EnglishLemmatizer lemmatizer;
  private final TermIndex index;
  private final boolean skipWordsWithDigits;
  private final TermLemmaReach reach;
  private final int capacity;
  private final Map<String, Entry> entries;
  private long computed;

  WordLemmaCache(EnglishLemmatizer lemmatizer, TermIndex index, int capacity) {
    this.lemmatizer = lemmatizer;
    this.index = index;
    this.capacity = capacity;
    this.entries = new HashMap<>(Math.min(capacity, 1 << 16));
    // morpha only rewrites word endings made of letters, so a word with a digit keeps it in every
    // lemma: when no term lemma has a digit, such words (ids, versions, hashes) cannot match.
    this.skipWordsWithDigits = !index.anyLemmaWithDigit();
    this.reach = new TermLemmaReach(index.lemmas(), lemmatizer.literalForms());
  }

  /** The word's possible lemmas and the ids of those that are term lemmas. */
  record Entry(String[] lemmas, int[] termIds) {
    boolean relevant() {
      return termIds.length > 0;
    }
  }

  Entry get(String word) {
    Entry entry = entries.get(word);
    if (entry != null) {
      return entry;
    }
    entry = compute(word);
    if (entries.size() >= capacity) {
      entries.clear();
    }
    entries.put(word, entry);
    return entry;
  }

  /** How many distinct words had their lemmas computed (cache misses). */
  long computed() {
    return computed;
  }

  private Entry compute(String word) {
    if (skipWordsWithDigits && hasDigit(word) || !reach.mayReach(word)) {
      return IRRELEVANT;
    }
    computed++;
    String[] lemmas = lemmatizer.possibleLemmas(word);
    int relevant = 0;
    int[] ids = new int[lemmas.length];
    for (String lemma : lemmas) {
      int id = index.lemmaId(lemma);
      if (id >= 0) {
        ids[relevant++] = id;
      }
    }
    return relevant == 0 ? IRRELEVANT : new Entry(lemmas, java.util.Arrays.copyOf(ids, relevant));
  }

  private static boolean hasDigit(String word) {
    for (int i = 0; i < word.length(); i++) {
      if (Character.isDigit(word.charAt(i))) {
        return true;
      }
    }
    return false;
  }
}
