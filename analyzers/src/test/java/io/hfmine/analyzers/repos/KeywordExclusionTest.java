package io.hfmine.analyzers.repos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class KeywordExclusionTest {
  private final KeywordExclusion exclusion = new KeywordExclusion(categories());

  private static Map<String, List<String>> categories() {
    Map<String, List<String>> categories = new LinkedHashMap<>();
    categories.put("homework", List.of("homework", "assignment"));
    categories.put("course", List.of("course", "lecture notes"));
    categories.put("awesome-list", List.of("name:awesome", "curated list"));
    return categories;
  }

  @Test
  void findsAKeywordInACamelCaseNameWithDigits() {
    assertThat(exclusion.match("homework", "jdoe/DL-Homework2", null, List.of())).contains("homework");
  }

  @Test
  void findsAKeywordInTheDescription() {
    assertThat(exclusion.match("homework", "jdoe/nlp", "My solution to assignment 3 of CS224n", List.of()))
        .contains("assignment");
  }

  @Test
  void findsAKeywordInATopic() {
    assertThat(exclusion.match("awesome-list", "jdoe/llm-resources", "Papers and tools", List.of("awesome-list", "llm")))
        .contains("name:awesome");
  }

  @Test
  void matchesWholeWordsOnly() {
    assertThat(exclusion.match("course", "acme/recourse", "Courseware for recourse analysis", List.of())).isEmpty();
  }

  @Test
  void matchesASeveralWordKeywordOnlyAsAContiguousRun() {
    assertThat(exclusion.match("course", "jdoe/ml", "Lecture notes on transformers", List.of())).contains("lecture notes");
    assertThat(exclusion.match("course", "jdoe/ml", "Notes from the lecture", List.of())).isEmpty();
  }

  @Test
  void nameOnlyKeywordsIgnoreTheDescription() {
    assertThat(exclusion.match("awesome-list", "acme/caption-studio", "An awesome captioning app", List.of())).isEmpty();
    assertThat(exclusion.match("awesome-list", "jdoe/awesome-diffusion", null, null)).contains("name:awesome");
  }

  @Test
  void theOwnerNameIsNotMatched() {
    assertThat(exclusion.match("homework", "homework-club/caption-bot", "A captioning bot", List.of())).isEmpty();
  }

  @Test
  void splitsTextIntoLowerCaseWords() {
    assertThat(KeywordExclusion.words("HTTPServer for BERT_base-v2 (中文)"))
        .containsExactly("http", "server", "for", "bert", "base", "v", "2", "中文");
  }
}
