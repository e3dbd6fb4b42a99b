package io.hfmine.analyzers.pick.evaluate;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class RuleInfillTest {
  private static final Paraphrases TABLE = new Paraphrases(Map.of("speech", List.of("voice"),
      "transcribes", List.of("writes down")));
  private static final ModelNames NONE = new ModelNames(Set.of(), Set.of(), Set.of());

  @Test
  void theModelsNamesBecomeThisModelAndTheAuthorsItsAuthorsSoEverySentenceKeepsItsSubject() {
    String text = "Whisper-Base-DE transcribes German speech. Whisper was made by Acme (https://example.org/w); "
        + "a whisper of noise still counts.";
    String rewritten = new RuleInfill(TABLE, 0).rewrite(text,
        new ModelNames(Set.of(), Set.of("acme/whisper-base-de", "whisper-base-de", "whisper", "base"), Set.of("acme")),
        new Random(1));

    assertThat(rewritten).isEqualTo("This model transcribes German speech. This model was made by its authors; "
        + "a whisper of noise still counts.");
  }

  @Test
  void aRunOfNamesIsSaidOnce() {
    String rewritten = new RuleInfill(TABLE, 0).rewrite("We present CamemBERT Base, a French model.",
        new ModelNames(Set.of(), Set.of("camembert-base", "camembert", "base"), Set.of()), new Random(1));
    assertThat(rewritten).isEqualTo("We present this model, a French model.");
    assertThat(new RuleInfill(TABLE, 0).rewrite("A CamemBERT base model, tuned on the CamemBERT corpus.",
        new ModelNames(Set.of(), Set.of("camembert"), Set.of()), new Random(1)))
        .as("no article before the replacement").isEqualTo("This model base model, tuned on this model corpus.");
  }

  @Test
  void theModelsOwnNameGoesInAnyCaseAndAHandleLosesItsMark() {
    ModelNames bot = new ModelNames(Set.of("fans/skyhawk", "skyhawk"), Set.of("fans/skyhawk", "skyhawk"), Set.of("fans"));
    String rewritten = new RuleInfill(TABLE, 0).rewrite("Sky Hawk bot @skyhawk writes tweets like skyhawk does.", bot,
        new Random(1));
    assertThat(rewritten).isEqualTo("Sky Hawk bot this model writes tweets like this model does.");
    assertThat(rewritten.toLowerCase(java.util.Locale.ROOT)).doesNotContain("skyhawk");
  }

  @Test
  void replacingAnOwnNameDrawsAsTheWordDidSoTheRestOfTheTextIsMaskedAsBefore() {
    RuleInfill infill = new RuleInfill(TABLE, 0.5);
    String text = "skyhawk transcribes speech and transcribes speech again";
    String withName = infill.rewrite(text, new ModelNames(Set.of("skyhawk"), Set.of("skyhawk"), Set.of()), new Random(11));
    String without = infill.rewrite(text, NONE, new Random(11));
    assertThat(withName).startsWith("This model ");
    assertThat(withName.substring("This model ".length())).isEqualTo(without.substring(without.indexOf(' ') + 1));
  }

  @Test
  void maskedWordsAreReplacedByTheirAlternatives() {
    String rewritten = new RuleInfill(TABLE, 0.999).rewrite("transcribes speech quickly", NONE, new Random(7));
    assertThat(rewritten).isEqualTo("writes down voice quickly");
  }

  @Test
  void maskedWordsTheTableDoesNotKnowStaySoNoSentenceLosesAWord() {
    String text = "A corpus of French passages from news sites is used to pretrain the encoder.";
    String rewritten = new RuleInfill(TABLE, 0.999).rewrite(text, NONE, new Random(5));
    assertThat(rewritten).isEqualTo(text);
  }

  @Test
  void theSameSeedGivesTheSameText() {
    RuleInfill infill = new RuleInfill(TABLE, 0.5);
    String text = "transcribes German speech recordings into subtitles for long videos";
    assertThat(infill.rewrite(text, NONE, new Random(3))).isEqualTo(infill.rewrite(text, NONE, new Random(3)));
  }
}
