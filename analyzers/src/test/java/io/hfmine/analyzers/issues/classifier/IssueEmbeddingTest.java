package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.TemplateLines;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueEmbeddingTest {
  private final WordEmbedder embedder = new WordEmbedder("words");
  private final IssueEmbedding embedding = new IssueEmbedding(embedder, ClassifierFixtures.TAXONOMY,
      RuleSettings.defaults().weights(), 200);

  @Test
  void titleAndOpeningAreEmbeddedApartAndEachIsComparedWithEveryThemeAndSubTheme() {
    IssueText issue = issue("lab/tool", 3, "Memory", "The output quality is poor.");
    IssueEmbedding.Embedded embedded = embedding.of(List.of(IssueDocument.of(issue, TemplateLines.NONE))).get(0);
    int d = WordEmbedder.WORDS.size();
    assertEquals(2 * d, embedded.embedding().length);
    assertEquals(1.0, embedded.embedding()[WordEmbedder.WORDS.indexOf("memory")], 1e-6);
    assertEquals(0.0, embedded.embedding()[d + WordEmbedder.WORDS.indexOf("memory")], 1e-6);
    assertTrue(embedded.embedding()[d + WordEmbedder.WORDS.indexOf("quality")] > 0.5);
    List<String> names = IssueEmbedding.prototypeNames(ClassifierFixtures.TAXONOMY);
    assertEquals(names.size(), embedded.prototypes().length);
    // The title's cosine to the memory sub-theme's definition is positive; the opening's is the
    // cosine of the opening with that definition, computed here independently.
    double title = embedded.prototypes()[names.indexOf("prototype:title~HR.MEM")];
    double opening = embedded.prototypes()[names.indexOf("prototype:opening~HR.MEM")];
    assertTrue(title > 0, "title ~ HR.MEM = " + title);
    assertEquals(SentenceEmbedder.cosine(embedder.embed("The output quality is poor."),
        embedder.embed(definitionOf("HR.MEM"))), opening, 1e-6);
  }

  private static String definitionOf(String code) {
    var sub = ClassifierFixtures.TAXONOMY.subTheme(code).orElseThrow();
    var theme = ClassifierFixtures.TAXONOMY.theme(sub.themeCode()).orElseThrow();
    return theme.name() + ": " + sub.name() + ". " + sub.description();
  }
}
