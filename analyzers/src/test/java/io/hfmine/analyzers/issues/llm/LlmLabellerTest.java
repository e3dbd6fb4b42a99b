package io.hfmine.analyzers.issues.llm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.llm.ChatRequest;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LlmLabellerTest {
  private final Store store = Store.inMemory();
  private final Deque<String> answers = new ArrayDeque<>();
  private final List<ChatRequest> asked = new ArrayList<>();
  private final LlmLabelSettings settings = Config.defaults().section("issues.llm", LlmLabelSettings.class);

  @TempDir
  Path folder;

  private LlmLabeller labeller() {
    return labeller(settings);
  }

  private LlmLabeller labeller(LlmLabelSettings settings) {
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

  @Test
  void aThinkingModelsReasoningIsReadPastAndLeftOutOfTheEvidence() {
    answers.add("<think>\nThe reporter runs out of GPU memory loading llama. PTM: yes? TYPE: question?\n</think>\n\n"
        + "PTM: yes\nSUBTHEMES: HR.MEM\nTYPE: bug");

    IssueLabelling labelling = labeller().label(oom());

    assertThat(labelling.subThemeCodes()).containsExactly("HR.MEM");
    assertThat(labelling.ptm().evidence()).isEqualTo("test-model: PTM: yes | SUBTHEMES: HR.MEM | TYPE: bug");
    assertThat(asked).as("no format retry").hasSize(1);
  }

  @Test
  void markdownAroundTheThreeLinesIsReadPastButOtherTextIsNot() {
    var taxonomy = IssueFixtures.taxonomy();
    LlmAnswer expected = new LlmAnswer(true, List.of("HR.MEM", "SE.MISSING"), "bug");

    assertThat(LlmAnswer.parse("```\nPTM: yes\nSUBTHEMES: HR.MEM, SE.MISSING\nTYPE: bug\n```", taxonomy))
        .isEqualTo(expected);
    assertThat(LlmAnswer.parse("**PTM:** yes\n**SUBTHEMES:** `HR.MEM`, `SE.MISSING`\n**TYPE:** bug", taxonomy))
        .isEqualTo(expected);
    assertThat(LlmAnswer.parse("- PTM: yes\n- SUBTHEMES: HR.MEM, SE.MISSING\n- TYPE: *bug*", taxonomy))
        .isEqualTo(expected);
    assertThatThrownBy(() -> LlmAnswer.parse("**Answer:**\nPTM: yes\nSUBTHEMES: HR.MEM\nTYPE: bug", taxonomy))
        .hasMessageContaining("unexpected line 'Answer:'");
  }

  private LlmLabelSettings withGuidelines(String guidelines) {
    return new LlmLabelSettings(settings.kappaThreshold(), settings.maxTokens(), settings.systemPrompt(),
        settings.userPrompt(), settings.maxIssueChars(), AnnotationGuidelines.at(guidelines));
  }

  @Test
  void theModelIsToldTheAnnotationGuidelinesAndANewGuidelineNeedsANewValidation() throws Exception {
    Path guidelines = folder.resolve("guidelines.md");
    Files.writeString(guidelines, "# Our rules\nA model the reporter trained from nothing is not a PTM.\n");
    LlmLabelSettings ours = withGuidelines(guidelines.toString());
    answers.add("PTM: no\nSUBTHEMES: none\nTYPE: question");

    labeller(ours).label(oom());

    assertThat(asked.get(0).system()).contains("A model the reporter trained from nothing is not a PTM.",
        "HR.MEM Memory Usage").doesNotContain("{guidelines}", "{taxonomy}");
    String hash = new PromptTemplates(ours, IssueFixtures.taxonomy()).sha256();
    Files.writeString(guidelines, "# Our rules\nA model the reporter fine-tuned is a PTM.\n");
    // The next run loads its settings afresh and reads the edited text.
    assertThat(new PromptTemplates(withGuidelines(guidelines.toString()), IssueFixtures.taxonomy()).sha256())
        .isNotEqualTo(hash);
  }

  @Test
  void theGuidelinesAreReadOnceWhenTheConfigurationIsCheckedAndThePromptIsMadeOfThatText() throws Exception {
    Path guidelines = folder.resolve("guidelines.md");
    Files.writeString(guidelines, "# Our rules\nA model the reporter trained from nothing is not a PTM.\n");
    Config config = Config.defaults().with("issues.llm.guidelines", guidelines.toString());
    IssueSettings.from(config);
    String hash = new PromptTemplates(withGuidelines(guidelines.toString()), IssueFixtures.taxonomy()).sha256();

    // Gone after the up-front check: the command's settings and prompt are made from the text the check read.
    Files.delete(guidelines);
    PromptTemplates prompt = new PromptTemplates(IssueSettings.from(config).llm(), IssueFixtures.taxonomy());

    assertThat(prompt.system()).contains("A model the reporter trained from nothing is not a PTM.");
    assertThat(prompt.sha256()).isEqualTo(hash);
  }

  @Test
  void aGuidelinesFileThatCannotBeReadIsAConfigurationErrorNamingTheKeyAndTheFile() {
    assertThatThrownBy(() -> IssueSettings.from(Config.defaults().with("issues.llm.guidelines", "no/such/guidelines.md")))
        .hasMessageContaining("issues.llm.guidelines").hasMessageContaining("no/such/guidelines.md does not exist");
    String noPlaceholder = settings.systemPrompt().replace("{guidelines}", "");
    assertThat(IssueSettings.from(Config.defaults().with("issues.llm.system-prompt", noPlaceholder)
        .with("issues.llm.guidelines", "")).llm().guidelinesText()).isEmpty();
  }

  @Test
  void theShippedPromptCarriesTheShippedGuidelines() {
    String system = new PromptTemplates(settings, IssueFixtures.taxonomy()).system();

    assertThat(settings.guidelines().location()).isEqualTo("docs/annotation-guidelines.md");
    assertThat(system).contains("## 1. Is the issue PTM-related?", "## 5. How disagreements were settled")
        .doesNotContain("{guidelines}");
  }

  @Test
  void theIssueIsShownWithItsRepositoryAndLabelsAndItsTextIsSentAsWritten() {
    IssueText quoting = IssueText.of(new IssueId("lab/vision", 7), "Template shows {title}",
        "My config has {comments} and {body} in it", List.of("a reply"), List.of("bug", "help wanted"), null);
    answers.add("PTM: no\nSUBTHEMES: none\nTYPE: bug");

    labeller().label(quoting);

    assertThat(asked.get(0).user()).contains("Repository: lab/vision", "GitHub labels: bug, help wanted",
        "Title: Template shows {title}", "My config has {comments} and {body} in it", "Comments:\na reply");
  }

  @Test
  void guidelinesAndTheirPlaceholderComeTogetherOrTheSettingsAreRefused() {
    String noPlaceholder = settings.systemPrompt().replace("{guidelines}", "");
    LlmLabelSettings unsent = new LlmLabelSettings(0.6, 200, noPlaceholder, settings.userPrompt(), 4000,
        AnnotationGuidelines.at("docs/annotation-guidelines.md"));
    LlmLabelSettings unfilled = withGuidelines("");
    LlmLabelSettings missing = withGuidelines("no/such/guidelines.md");

    assertThatThrownBy(unsent::check).hasMessageContaining("issues.llm.guidelines is docs/annotation-guidelines.md")
        .hasMessageContaining("no {guidelines}");
    assertThatThrownBy(unfilled::check).hasMessageContaining("issues.llm.system-prompt says {guidelines}");
    assertThatThrownBy(missing::check).hasMessageContaining("issues.llm.guidelines")
        .hasMessageContaining("no/such/guidelines.md does not exist");
    new LlmLabelSettings(0.6, 200, noPlaceholder, settings.userPrompt(), 4000, AnnotationGuidelines.NONE).check();
  }
}
