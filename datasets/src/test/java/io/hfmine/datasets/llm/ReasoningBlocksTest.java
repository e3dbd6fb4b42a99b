package io.hfmine.datasets.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReasoningBlocksTest {
  @Test
  void anAnswerWithoutReasoningIsKeptAsWrittenButForSurroundingSpace() {
    assertThat(ReasoningBlocks.remove("  PTM: no\nSUBTHEMES: none\n")).isEqualTo("PTM: no\nSUBTHEMES: none");
    assertThat(ReasoningBlocks.present("PTM: no")).isFalse();
    assertThat(ReasoningBlocks.remove(null)).isEmpty();
  }

  @Test
  void taggedReasoningIsTakenOutWhateverTheTagAndItsCase() {
    assertThat(ReasoningBlocks.remove("<think>\nIs it a PTM? yes.\n</think>\n\nyes")).isEqualTo("yes");
    assertThat(ReasoningBlocks.remove("<Thinking>a</Thinking>b<reasoning>c</reasoning>d")).isEqualTo("bd");
    assertThat(ReasoningBlocks.remove("<thought>x</thought> no")).isEqualTo("no");
    assertThat(ReasoningBlocks.present("<THINK>x</THINK> no")).isTrue();
  }

  @Test
  void aBlockLeftOpenMeansTheModelWasCutOffWhileThinking() {
    assertThat(ReasoningBlocks.remove("<think>The card says the model translates")).isEmpty();
    assertThat(ReasoningBlocks.present("<think>The card says")).isTrue();
  }

  @Test
  void aClosingTagOfAnotherKindDoesNotEndABlock() {
    assertThat(ReasoningBlocks.remove("<think>a</thought> still thinking")).isEmpty();
  }

  @Test
  void theChannelFormatKeepsOnlyTheFinalChannel() {
    String answer = "<|channel|>analysis<|message|>The issue loads a checkpoint.<|end|>"
        + "<|start|>assistant<|channel|>final<|message|>PTM: yes<|return|>";

    assertThat(ReasoningBlocks.remove(answer)).isEqualTo("PTM: yes");
    assertThat(ReasoningBlocks.present(answer)).isTrue();
    assertThat(ReasoningBlocks.remove("<|channel|>analysis<|message|>Still weighing it")).isEmpty();
  }

  @Test
  void tagsQuotedInsideTheAnswerAreLeftAlone() {
    assertThat(ReasoningBlocks.remove("Use the <model> tag.")).isEqualTo("Use the <model> tag.");
  }
}
