package io.hfmine.analyzers.issues.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class IdentifierWordsTest {
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
}
