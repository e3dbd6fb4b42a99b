package io.hfmine.analyzers.issues.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.store.Store;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class LlmLabellerTest {
  private final Store store = Store.inMemory();
  private final Deque<String> answers = new ArrayDeque<>();
  private final List<ChatRequest> asked = new ArrayList<>();
  private final LlmLabelSettings settings = Config.defaults().section("issues.llm", LlmLabelSettings.class);

  private LlmLabeller labeller() {
    return new LlmLabeller(request -> {
      asked.add(request);
      return answers.removeFirst();
    }, "test-model", IssueFixtures.taxonomy(), settings, new StoreLlmCache(store),
        Map.of("bug", List.of("bug")));
  }

  private static IssueText oom() {
    return IssueText.of(new IssueId("o/r", 1), "CUDA OOM with llama", "torch.cuda.OutOfMemoryError", List.of(), List.of(), null);
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void sendsTheTaxonomyAtTemperatureZeroAndStoresTheAnswerAsEvidence() {
    answers.add("PTM: yes\nSUBTHEMES: HR.MEM, SE.MISSING\nTYPE: bug");

    IssueLabelling labelling = labeller().label(oom());

    assertThat(labelling.isPtm()).isTrue();
    assertThat(labelling.themeCodes()).containsExactly("HR", "SE");
    assertThat(labelling.subThemeCodes()).containsExactly("HR.MEM", "SE.MISSING");
    assertThat(labelling.ptm().evidence()).isEqualTo("test-model: PTM: yes | SUBTHEMES: HR.MEM, SE.MISSING | TYPE: bug");
    assertThat(asked.get(0).temperature()).isZero();
    assertThat(asked.get(0).system()).contains("HR.MEM Memory Usage").doesNotContain("{taxonomy}");
    assertThat(asked.get(0).user()).contains("Title: CUDA OOM with llama");
  }

  @Test
  void rerunIsAnsweredFromTheCacheWithoutAskingTheModel() {
    answers.add("PTM: yes\nSUBTHEMES: HR.MEM\nTYPE: bug");
    labeller().label(oom());

    IssueLabelling again = labeller().label(oom());

    assertThat(asked).hasSize(1);
    assertThat(again.subThemeCodes()).containsExactly("HR.MEM");
  }

  @Test
  void answerWithUnknownCodeIsAskedAgainWithTheReason() {
    answers.add("PTM: yes\nSUBTHEMES: HR.GPU\nTYPE: bug");
    answers.add("PTM: yes\nSUBTHEMES: HR.MEM\nTYPE: bug");

    IssueLabelling labelling = labeller().label(oom());

    assertThat(labelling.subThemeCodes()).containsExactly("HR.MEM");
    assertThat(asked.get(1).user()).contains("'HR.GPU' is not a sub-theme code of the taxonomy");
  }

  @Test
  void modelThatNeverAnswersInFormatFailsTheIssueOnly() {
    answers.add("Sure! This is about memory.");
    answers.add("PTM: maybe\nSUBTHEMES: none\nTYPE: bug");
    answers.add("PTM: yes\nSUBTHEMES: none\nTYPE: bug");

    assertThatThrownBy(() -> labeller().label(oom())).isInstanceOf(LabellingException.class)
        .hasMessageContaining("o/r#1").hasMessageContaining("needs at least one sub-theme");
  }

  @Test
  void strictParsingRejectsExtraOrMissingLines() {
    var taxonomy = IssueFixtures.taxonomy();

    assertThatThrownBy(() -> LlmAnswer.parse("PTM: no\nSUBTHEMES: none", taxonomy)).hasMessageContaining("TYPE line is missing");
    assertThatThrownBy(() -> LlmAnswer.parse("PTM: no\nSUBTHEMES: none\nTYPE: bug\nREASON: x", taxonomy))
        .hasMessageContaining("unexpected line");
    assertThat(LlmAnswer.parse("ptm: No\nsubthemes: NONE\ntype: Question", taxonomy))
        .isEqualTo(new LlmAnswer(false, List.of(), "question"));
  }
}
