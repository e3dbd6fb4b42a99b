package io.hfmine.analyzers.setasks.match;

import static io.hfmine.analyzers.setasks.match.Matching.card;
import static io.hfmine.analyzers.setasks.match.Matching.kept;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.analyzers.setasks.text.TextSource;
import java.util.List;
import org.junit.jupiter.api.Test;

class TaskMatchingTest {
  private static final SeTaxonomy TWO_TASKS = Matching.taxonomy("""
      - {id: code-generation, name: code generation, activity: impl, source: test}
      - {id: unit-testing, name: unit testing, activity: qa, source: test}
      - {id: logging, name: logging, activity: qa, source: test}
      """, null);

  @Test
  void aMultiWordTaskMatchesOnlyWithItsWordsTogetherAndInOrder() {
    ItemClassifier classifier = Matching.classifier(TWO_TASKS, false);
    assertThat(kept(classifier.classify(card("This model does code generation for Python.")))).containsExactly(
        "code-generation:code generation");
    assertThat(kept(classifier.classify(card("It does generation of code, and the generation code is small."))))
        .isEmpty();
    assertThat(kept(classifier.classify(card("Code and its generation are separate here.")))).isEmpty();
  }

  @Test
  void aTermNeverMatchesInsideAnotherWord() {
    ItemClassifier classifier = Matching.classifier(TWO_TASKS, false);
    assertThat(kept(classifier.classify(card(
        "See the catalog and our blog. Logits, login and logistic regression; codegeneration and unittesting."))))
        .isEmpty();
  }

  @Test
  void wordsMatchByTheirLemmaInContext() {
    ItemClassifier classifier = Matching.classifier(TWO_TASKS, false);
    assertThat(kept(classifier.classify(card("It writes unit tests. Code generations are scored. We keep the logs."))))
        .containsExactly("unit-testing:unit tests", "code-generation:Code generations", "logging:logs");
  }

  @Test
  void generatingCodeIsCodeGenerationOnlyWhenTheTaxonomyListsThatPhrase() {
    String text = "A small model for generating code from docstrings.";
    assertThat(kept(Matching.classifier(TWO_TASKS, false).classify(card(text)))).isEmpty();
    SeTaxonomy withVariant = Matching.taxonomy("""
        - {id: code-generation, name: code generation, activity: impl, source: test, terms: [generate code]}
        """, null);
    assertThat(kept(Matching.classifier(withVariant, false).classify(card(text))))
        .containsExactly("code-generation:generating code");
  }

  @Test
  void aHyphenJoinsTheWordsOfATermButOtherPunctuationDoesNot() {
    ItemClassifier classifier = Matching.classifier(TWO_TASKS, false);
    assertThat(kept(classifier.classify(card("Fine-tuned for code-generation tasks.")))).containsExactly(
        "code-generation:code-generation");
    assertThat(kept(classifier.classify(card("Inputs: code, generation settings; code -- generation; code/generation."))))
        .isEmpty();
  }

  @Test
  void aTermDoesNotSpanTwoSentencesButDoesSpanAWrappedLine() {
    ItemClassifier classifier = Matching.classifier(TWO_TASKS, false);
    assertThat(kept(classifier.classify(card("We release the code.\n\nGeneration settings follow.")))).isEmpty();
    assertThat(kept(classifier.classify(card("We release the code. Generation settings follow.")))).isEmpty();
    assertThat(kept(classifier.classify(card("- first item: code\n- generation comes next")))).isEmpty();
    assertThat(kept(classifier.classify(card("This model was trained for code\ngeneration in Java."))))
        .containsExactly("code-generation:code\ngeneration");
  }

  @Test
  void matchesKeepTheirSourceAndCharacterSpan() {
    String text = "---\ntags: [code generation]\n---\n# Model\nIt does unit testing.\n";
    List<TaskMatch> matches = Matching.classifier(TWO_TASKS, false).classify(card(text));
    assertThat(matches).extracting(TaskMatch::source).containsExactly(TextSource.METADATA, TextSource.CARD);
    for (TaskMatch match : matches) {
      assertThat(text.substring(match.start(), match.end())).isEqualTo(match.surface());
    }
    assertThat(matches.get(0).surface()).isEqualTo("code generation");
    assertThat(matches.get(1).surface()).isEqualTo("unit testing");
  }

  @Test
  void abstractsAreSearchedAndNameTheirPaper() {
    ItemText item = new ItemText("model", "org/m", java.util.Set.of(), null,
        List.of(new ItemText.PaperAbstract("2401.00001", "We study code generation with small models.")));
    List<TaskMatch> matches = Matching.classifier(TWO_TASKS, false).classify(item);
    assertThat(matches).singleElement().satisfies(match -> {
      assertThat(match.source()).isEqualTo(TextSource.ABSTRACT);
      assertThat(match.sourceRef()).isEqualTo("2401.00001");
      assertThat(match.surface()).isEqualTo("code generation");
    });
  }
}
