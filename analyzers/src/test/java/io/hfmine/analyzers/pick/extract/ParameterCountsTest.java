package io.hfmine.analyzers.pick.extract;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ParameterCountsTest {
  @Test
  void countsInProseAreReadInEveryCommonSpelling() {
    assertThat(ParameterCounts.inText("a BERT-base model (110M parameters)").orElseThrow().parameters()).isEqualTo(110e6);
    assertThat(ParameterCounts.inText("It has 7 billion parameters.").orElseThrow().parameters()).isEqualTo(7e9);
    assertThat(ParameterCounts.inText("#params: 66M, layers: 6").orElseThrow().parameters()).isEqualTo(66e6);
    assertThat(ParameterCounts.inText("Number of parameters: 1.5B").orElseThrow().parameters()).isEqualTo(1.5e9);
    assertThat(ParameterCounts.inText("with 124,439,808 parameters").orElseThrow().parameters()).isEqualTo(124_439_808.0);
  }

  @Test
  void tokenCountsAndContextLengthsAreNotParameters() {
    assertThat(ParameterCounts.inText("trained on 2T tokens and 1B words")).isEmpty();
    assertThat(ParameterCounts.inName("microsoft/Phi-3-mini-128k-instruct")).isEmpty();
    assertThat(ParameterCounts.inName("openai/whisper-large-v3")).isEmpty();
  }

  @Test
  void sizesInNamesAreReadFromWholeNameParts() {
    assertThat(ParameterCounts.inName("meta-llama/Llama-2-7b-chat-hf").orElseThrow().parameters()).isEqualTo(7e9);
    assertThat(ParameterCounts.inName("facebook/opt-350m").orElseThrow().parameters()).isEqualTo(350e6);
    assertThat(ParameterCounts.inName("Qwen/Qwen2.5-Coder-1.5B-Instruct").orElseThrow().parameters()).isEqualTo(1.5e9);
    assertThat(ParameterCounts.inName("facebook/m2m100_418M").orElseThrow().parameters()).isEqualTo(418e6);
    assertThat(ParameterCounts.inName("mistralai/Mixtral-8x7B-v0.1").orElseThrow().parameters()).isEqualTo(56e9);
  }
}
