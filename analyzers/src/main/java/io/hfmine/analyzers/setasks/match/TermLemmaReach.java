package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.lemma.MorphaLiteralForms;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Decides, without lemmatising, that a word cannot have a term lemma under any tag.
 *
 * <p>Every morpha lemma is the lower-cased word with some letters deleted at its end and an ending
 * appended. Words decided by morpha's open rules lose at most
 * {@link MorphaLiteralForms#OPEN_RULE_MAX_DELETION} letters, so each of their lemmas starts with the
 * word minus its last four letters; a word whose such prefix begins no term lemma can have no term
 * lemma. Short words, morpha's listed exception forms (and their prefixes), words its few wider
 * open rules decide ({@link MorphaLiteralForms#isListed}) and words with characters outside ASCII
 * are always lemmatised. On card text most distinct words are rare
 * (names, typos, other languages), and this check spares lemmatising nearly all of them under
 * every tag family, while the words it lets through get their lemmas exactly as before.
 */
final class TermLemmaReach {
  private static final int KEPT_SLACK = MorphaLiteralForms.OPEN_RULE_MAX_DELETION;

  private final Set<String> lemmaPrefixes = new HashSet<>();
  private final MorphaLiteralForms literalForms;

  /** Without {@code literalForms} (the lexer could not be read) every word is lemmatised. */
  TermLemmaReach(Set<String> termLemmas, Optional<MorphaLiteralForms> literalForms) {
    this.literalForms = literalForms.orElse(null);
    for (String lemma : termLemmas) {
      for (int end = 1; end <= lemma.length(); end++) {
        lemmaPrefixes.add(lemma.substring(0, end));
      }
    }
  }

  /** False only when no lemma of {@code word} under any tag can be a term lemma. */
  boolean mayReach(String word) {
    int length = word.length();
    if (literalForms == null || length <= KEPT_SLACK) {
      return true;
    }
    char[] lower = new char[length];
    for (int i = 0; i < length; i++) {
      char c = word.charAt(i);
      if (c >= 128) {
        return true;
      }
      lower[i] = c >= 'A' && c <= 'Z' ? (char) (c + ('a' - 'A')) : c;
    }
    if (literalForms.isListed(word)) {
      return true;
    }
    int kept = length - KEPT_SLACK;
    if (lemmaPrefixes.contains(new String(lower, 0, kept))) {
      return true;
    }
    // morpha lower-cases in the default locale (a Turkish "I" becomes a dotless i) before the
    // lemmatiser lower-cases again; look that spelling up too when it differs.
    String local = word.substring(0, kept).toLowerCase().toLowerCase(Locale.ROOT);
    return !local.equals(new String(lower, 0, kept)) && lemmaPrefixes.contains(local);
  }
}
