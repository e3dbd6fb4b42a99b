package io.hfmine.analyzers.pick.extract;

import static io.hfmine.analyzers.pick.PickFixtures.card;
import static io.hfmine.analyzers.pick.PickFixtures.extract;
import static io.hfmine.analyzers.pick.PickFixtures.model;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.pick.PickFixtures;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What a card's headings and sentences mean for the attributes, on shapes found in real cards. */
class CardSectionMeaningTest {
  private static final SectionAttributes SECTIONS = new SectionAttributes(PickFixtures.TEMPLATE.attributes(),
      PickFixtures.TEMPLATE.otherSections());

  private final ModelMetadata metadata = extract(model("bistro-nlp/avis-sentiment", "text-classification",
      "transformers", 2500, List.of("transformers", "pytorch", "camembert", "text-classification", "fr"), "false", null),
      card("reproduce-yourself.md"));

  @Test
  void aNounBeforeAnotherAttributesNounOnlyQualifiesIt() {
    assertThat(SECTIONS.attributesOf("Training results")).containsExactly("evaluation");
    assertThat(SECTIONS.attributesOf("Evaluation data")).containsExactly("evaluation");
    assertThat(SECTIONS.attributesOf("Limitations and bias")).containsExactly("limitations", "bias-risks");
    assertThat(SECTIONS.attributesOf("Intended uses & limitations")).containsExactly("intended-use", "limitations");
    assertThat(SECTIONS.attributesOf("Training and evaluation data")).containsExactly("training-data");
  }

  @Test
  void aSectionAboutUsageCitationOrVersionsFeedsNothingAndStopsTheParentsAttributes() {
    assertThat(metadata.first("training-procedure").orElseThrow().evidence())
        .contains("Training hyperparameters").doesNotContain("Training results").doesNotContain("Framework versions");
    assertThat(metadata.text("training-procedure")).doesNotContain("Transformers 4.12.0");
    assertThat(metadata.first("evaluation").orElseThrow().evidence()).contains("Training results");
    assertThat(metadata.text("limitations")).startsWith("Reviews in Belgian or Swiss French")
        .doesNotContain("pipeline helper");
    assertThat(metadata.has("intended-use")).as("'How to use' holds loading code, not an intended use").isFalse();
  }

  @Test
  void theTitleNamesTheModelSoAWordInsideItFeedsNoAttribute() {
    assertThat(metadata.first("training-procedure").orElseThrow().evidence()).doesNotContain("Sentiment classification");
    assertThat(metadata.text("function")).startsWith("A classifier of French restaurant reviews");
  }

  @Test
  void sentencesThatTellTheReaderHowToReproduceAreNotTheTrainingProcedure() {
    assertThat(metadata.text("training-procedure"))
        .startsWith("The model was fine-tuned for three epochs on 40,000 reviews")
        .doesNotContainIgnoringCase("download").doesNotContain("account").doesNotContain("unzip")
        .contains("learning_rate: 3e-05");
  }

  @Test
  void aSectionAboutTheAuthorsIsNotTheModelsFunction() {
    assertThat(metadata.first("function").orElseThrow().evidence()).doesNotContain("About us");
    assertThat(metadata.text("function")).doesNotContain("small team");
  }

  @Test
  void aStyledHtmlBlockOverSeveralLinesLeavesNoMarkupInTheText() {
    assertThat(MarkdownText.plain("<div style=\"width: 90px;\n  background-image: url('https://example.org/a.png')\">\n"
        + "</div>\nA bot that writes like its user.")).isEqualTo("A bot that writes like its user.");
  }

  @Test
  void aStyleSheetOrScriptInACardIsCodeAndLeavesNothingInTheText() {
    assertThat(MarkdownText.plain("<style>\n@media (min-width: 40em) { .card h2 { color: #123456; } }\n</style>\n"
        + "<script type=\"text/javascript\">var shown = 1;</script>\nA bot that writes like its user."))
        .isEqualTo("A bot that writes like its user.");
  }

  @Test
  void aSectionNamingLimitationsSecondFeedsThemOnlyWhenNoOwnSectionExistsAndItsTextSpeaksOfThem() {
    ModelMetadata withOwn = extract(model("vision/tiny-vit", "image-classification", "transformers", 900,
        List.of("transformers", "image-classification"), "false", null), """
        ## Intended uses & limitations

        You can use the raw model to sort photographs into the thousand everyday classes it knows.

        ### Limitations and bias

        Night-time pictures and drawings are classified far less accurately than daylight photographs.
        """);
    assertThat(withOwn.text("intended-use")).startsWith("You can use the raw model to sort photographs");
    assertThat(withOwn.text("limitations")).isEqualTo(
        "Night-time pictures and drawings are classified far less accurately than daylight photographs.");
    assertThat(withOwn.text("bias-risks")).startsWith("Night-time pictures");

    ModelMetadata usesOnly = extract(model("vision/tiny-vit", "image-classification", "transformers", 900,
        List.of("transformers", "image-classification"), "false", null), """
        ## Intended uses & limitations

        You can use the raw model to sort photographs into the thousand everyday classes it knows.
        """);
    assertThat(usesOnly.has("intended-use")).isTrue();
    assertThat(usesOnly.has("limitations")).as("the text speaks of uses only").isFalse();

    ModelMetadata both = extract(model("vision/tiny-vit", "image-classification", "transformers", 900,
        List.of("transformers", "image-classification"), "false", null), """
        ## Intended uses & limitations

        Sorts photographs into everyday classes; it does not recognise drawings or medical images.
        """);
    assertThat(both.text("limitations")).startsWith("Sorts photographs");
  }
}
