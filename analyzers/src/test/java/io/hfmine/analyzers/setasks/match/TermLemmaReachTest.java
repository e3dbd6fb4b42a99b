package io.hfmine.analyzers.setasks.match;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.lemma.MorphaLiteralForms;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The pre-check may skip a word only when lemmatising it under every tag family would give no term
 * lemma. Checked against lemmatising everything, for the shipped taxonomy's lemmas and for lemma
 * sets drawn from the words themselves, on regular inflections (plural, -ing, -ed, doubled
 * consonants, -ies), irregular forms, case variants and made-up words.
 */
class TermLemmaReachTest {
  private static final EnglishLemmatizer LEMMATIZER = EnglishLemmatizer.shared();
  private static final List<String> STEMS = List.of("code", "write", "run", "test", "log", "debug", "design", "program",
      "fix", "try", "stop", "make", "lie", "die", "hope", "agree", "bus", "box", "wolf", "knife", "hero", "city",
      "analysis", "criterion", "datum", "index", "matrix", "child", "foot", "mouse", "goose", "man", "woman", "go",
      "be", "have", "do", "see", "eat", "good", "bad", "bring", "buy", "think", "teach", "seek", "fight", "person",
      "find", "build", "break", "choose", "begin", "review", "verify", "generate", "commit", "refactor", "summarize",
      "specify", "model", "plan", "scan", "map", "tag", "ship", "merge", "parse", "query", "deploy", "mutate");
  private static final List<String> IRREGULAR = List.of("wrote", "written", "writ", "ran", "running", "went", "gone",
      "was", "were", "is", "am", "are", "been", "being", "did", "done", "had", "has", "ate", "eaten", "better", "best",
      "worse", "worst", "brought", "bought", "thought", "taught", "sought", "fought", "caught", "wrought", "found",
      "built", "broke", "broken", "chose", "chosen", "began", "begun", "people", "mice", "feet", "geese", "men",
      "women", "children", "oxen", "data", "criteria", "indices", "matrices", "analyses", "wolves", "knives",
      "heroes", "elder", "eldest", "further", "furthest", "made", "saw", "seen", "knew", "known", "them", "their",
      "those", "these", "spoken", "forgotten", "understood", "undertook", "overrode", "rewritten", "rewrote");

  @Test
  void theLemmatiserListsItsExceptionFormsWithTheirPrefixes() {
    MorphaLiteralForms forms = LEMMATIZER.literalForms().orElseThrow();
    assertThat(List.of("brought", "Brought", "BROUGHT", "bough", "wrought", "people", "went", "w", "children"))
        .allMatch(forms::isListed);
    assertThat(List.of("zqxvbn", "generation", "Generations", "codes")).noneMatch(forms::isListed);
  }

  @Test
  void noSkippedWordHasATermLemmaOfTheShippedTaxonomy() {
    TermIndex index = TermIndex.build(Matching.shipped(), LEMMATIZER);
    assertNothingReachableIsSkipped(index.lemmas(), words(new Random(7), 3_000));
  }

  @Test
  void noSkippedWordHasALemmaOfAnyWordInTheLemmaSet() {
    // Lemma sets made of the words' own lemmas: every inflected or irregular form of a stem must
    // pass when the stem is a term lemma, whatever the taxonomy.
    List<String> words = words(new Random(11), 2_000);
    Random random = new Random(13);
    for (int round = 0; round < 4; round++) {
      Set<String> lemmas = new HashSet<>();
      for (String word : words) {
        if (random.nextInt(4) == 0) {
          lemmas.addAll(Arrays.asList(LEMMATIZER.possibleLemmas(word)));
        }
      }
      assertNothingReachableIsSkipped(lemmas, words);
    }
  }

  @Test
  void mostMadeUpWordsAreSkipped() {
    TermLemmaReach reach = new TermLemmaReach(TermIndex.build(Matching.shipped(), LEMMATIZER).lemmas(),
        LEMMATIZER.literalForms());
    Random random = new Random(17);
    int skipped = 0;
    for (int i = 0; i < 1_000; i++) {
      if (!reach.mayReach(madeUp(random, 7 + random.nextInt(4)))) {
        skipped++;
      }
    }
    assertThat(skipped).isGreaterThan(900);
  }

  private static void assertNothingReachableIsSkipped(Set<String> termLemmas, List<String> words) {
    TermLemmaReach reach = new TermLemmaReach(termLemmas, LEMMATIZER.literalForms());
    List<String> wronglySkipped = new ArrayList<>();
    int skipped = 0;
    for (String word : words) {
      if (!reach.mayReach(word)) {
        skipped++;
        if (Arrays.stream(LEMMATIZER.possibleLemmas(word)).anyMatch(termLemmas::contains)) {
          wronglySkipped.add(word);
        }
      }
    }
    assertThat(wronglySkipped).isEmpty();
    assertThat(skipped).isPositive();
  }

  // Stems with English endings, doubled consonants and case variants, irregular forms, made-up words.
  private static List<String> words(Random random, int madeUp) {
    List<String> words = new ArrayList<>();
    for (String stem : STEMS) {
      String last = stem.substring(stem.length() - 1);
      String bare = stem.endsWith("e") || stem.endsWith("y") ? stem.substring(0, stem.length() - 1) : stem;
      for (String form : List.of(stem, stem + "s", stem + "es", bare + "ies", bare + "ied", stem + "ed",
          stem + "d", stem + "ing", bare + "ing", stem + last + "ed", stem + last + "ing", stem + "er", stem + "ers",
          stem + "est", stem + "ly", stem + "ness", stem + "ation", stem + "ations", "re" + stem + "s",
          "un" + stem + "ed", "pre" + stem + "ing")) {
        words.add(form);
        words.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
        words.add(form.toUpperCase());
      }
    }
    for (String form : IRREGULAR) {
      words.add(form);
      words.add(Character.toUpperCase(form.charAt(0)) + form.substring(1));
      words.add(form.toUpperCase());
    }
    for (int i = 0; i < madeUp; i++) {
      String word = madeUp(random, 3 + random.nextInt(10));
      words.add(word);
      // made-up words with English endings reach the open rules' every branch
      words.add(word + List.of("s", "es", "ies", "ed", "ing", "ses", "zes", "ied", "lled", "eing", "men")
          .get(random.nextInt(11)));
    }
    return words;
  }

  private static String madeUp(Random random, int length) {
    char[] letters = new char[length];
    for (int i = 0; i < length; i++) {
      letters[i] = (char) ('a' + random.nextInt(26));
    }
    return new String(letters);
  }
}
