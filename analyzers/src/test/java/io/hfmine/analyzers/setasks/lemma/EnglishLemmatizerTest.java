package io.hfmine.analyzers.setasks.lemma;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

class EnglishLemmatizerTest {
  private final EnglishLemmatizer lemmatizer = EnglishLemmatizer.shared();

  @Test
  void wordsAreLemmatisedByTheirTagInTheSentence() {
    List<String> words = List.of("We", "are", "debugging", "the", "failing", "tests", "and", "logged", "children");
    String[] tags = lemmatizer.tag(words);
    List<String> lemmas = new ArrayList<>();
    for (int i = 0; i < words.size(); i++) {
      lemmas.add(lemmatizer.lemma(words.get(i), tags[i]));
    }
    assertThat(lemmas).containsExactly("we", "be", "debug", "the", "fail", "test", "and", "log", "child");
  }

  @Test
  void theTagFamiliesGiveEveryLemmaThatAllTagsGive() {
    // Far more words than the calibration list: English inflections and irregular forms, and made-up words.
    List<String> words = new ArrayList<>();
    for (String stem : List.of("code", "test", "log", "debug", "design", "program", "fix", "try", "stop", "make",
        "lie", "die", "hope", "hop", "agree", "bus", "box", "wolf", "knife", "hero", "city", "analysis", "criterion",
        "datum", "index", "matrix", "child", "foot", "mouse", "goose", "man", "go", "be", "have", "do", "see", "eat",
        "good", "bad", "far", "happy", "fast", "api", "gpu", "commit", "refactor", "review", "verify", "generate")) {
      for (String suffix : List.of("", "s", "es", "ies", "ed", "d", "ing", "er", "est", "ers", "'s", "ly", "ness")) {
        words.add(stem + suffix);
        words.add(Character.toUpperCase(stem.charAt(0)) + stem.substring(1) + suffix);
      }
    }
    words.addAll(List.of("went", "gone", "was", "were", "is", "am", "are", "ate", "better", "best", "worse", "worst",
        "me", "him", "her", "us", "them", "mice", "feet", "geese", "men", "children", "oxen", "data", "criteria",
        "n't", "'re", "'ll", "ca", "wo", "sha", "ai", "gotta", "wanna"));
    Random random = new Random(7);
    for (int i = 0; i < 3_000; i++) {
      char[] letters = new char[2 + random.nextInt(9)];
      for (int j = 0; j < letters.length; j++) {
        letters[j] = (char) ('a' + random.nextInt(26));
      }
      words.add(new String(letters));
    }
    String[] all = lemmatizer.tags().toArray(String[]::new);
    for (String word : words) {
      assertThat(new TreeSet<>(List.of(lemmatizer.possibleLemmas(word))))
          .as(word).isEqualTo(new TreeSet<>(List.of(lemmatizer.lemmasUnder(word, all))));
    }
    assertThat(lemmatizer.tagFamilies()).hasSizeLessThanOrEqualTo(all.length / 3);
  }
}
