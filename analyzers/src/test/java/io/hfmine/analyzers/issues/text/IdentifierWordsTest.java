package io.hfmine.analyzers.issues.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class IdentifierWordsTest {
  private static final Pattern JOINERS = Pattern.compile("[_./\\\\:-]+");
  private static final Pattern LOWER_UPPER = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern ACRONYM_WORD = Pattern.compile("(?<=[A-Z])(?=[A-Z][a-z])");
  private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[A-Za-z])(?=[0-9])");

  @Test
  void fileNamesAndSnakeCaseSplitIntoWords() {
    assertThat(IdentifierWords.split("load arcface_checkpoint.tar now")).isEqualTo("load arcface checkpoint tar now");
  }

  @Test
  void camelCaseAcronymsAndTrailingDigitsSplit() {
    assertThat(IdentifierWords.split("loadPretrainedWeights HTTPServer resnet50"))
        .isEqualTo("load Pretrained Weights HTTP Server resnet 50");
  }

  @Test
  void ordinaryWordsStayAsTheyAre() {
    assertThat(IdentifierWords.split("The model is slow.")).isEqualTo("The model is slow.");
  }

  /**
   * The one pass over a token splits it as the four replacements it stands for did, in turn: on
   * every string of up to 6 characters of lower and upper case letters, digits and two joiners.
   */
  @Test
  void onePassSplitsEveryShortTokenAsTheFourReplacementsDo() {
    List<String> tokens = new ArrayList<>(List.of(""));
    List<String> all = new ArrayList<>();
    for (int length = 1; length <= 6; length++) {
      List<String> longer = new ArrayList<>();
      for (String token : tokens) {
        for (char c : "aBC7_.".toCharArray()) {
          longer.add(token + c);
        }
      }
      all.addAll(longer);
      tokens = longer;
    }
    int split = 0;
    for (String token : all) {
      String words = IdentifierWords.words(token);
      assertThat(words).as(token).isEqualTo(byReplacements(token));
      split += words.equals(token) ? 0 : 1;
    }
    assertThat(all).hasSize(6 + 36 + 216 + 1296 + 7776 + 46656);
    assertThat(split).isGreaterThan(all.size() / 2);
  }

  private static String byReplacements(String token) {
    String spaced = JOINERS.matcher(token).replaceAll(" ");
    spaced = LOWER_UPPER.matcher(spaced).replaceAll(" ");
    spaced = ACRONYM_WORD.matcher(spaced).replaceAll(" ");
    return LETTER_DIGIT.matcher(spaced).replaceAll(" ");
  }
}
