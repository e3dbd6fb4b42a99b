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

  @Test
  void theModelsNamesAndUrlsGoButTheSameWordsInLowerCaseStay() {
    String text = "Whisper-Base-DE transcribes German speech. Whisper was made by Acme (https://example.org/w); "
        + "a whisper of noise still counts.";
    String rewritten = new RuleInfill(TABLE, 0).rewrite(text,
        Set.of("acme/whisper-base-de", "whisper-base-de", "acme", "whisper", "base"), new Random(1));

    assertThat(rewritten).isEqualTo("transcribes German speech. was made by; a whisper of noise still counts.");
  }

  @Test
  void maskedWordsAreReplacedByTheirAlternativesOrDropped() {
    String rewritten = new RuleInfill(TABLE, 0.999).rewrite("transcribes speech quickly", Set.of(), new Random(7));
    assertThat(rewritten).isEqualTo("writes down voice");
  }

  @Test
  void theSameSeedGivesTheSameText() {
    RuleInfill infill = new RuleInfill(TABLE, 0.5);
    String text = "transcribes German speech recordings into subtitles for long videos";
    assertThat(infill.rewrite(text, Set.of(), new Random(3))).isEqualTo(infill.rewrite(text, Set.of(), new Random(3)));
  }
}
