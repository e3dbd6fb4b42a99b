package io.hfmine.analyzers.issues.rules;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.LabelledIssues;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RuleLabellerTest {
  private final RuleLabeller rules = new RuleLabeller(LabelledIssues.shippedTaxonomy(),
      KnownModels.of(List.of("openai/whisper-small")), RuleSettings.defaults(), Map.of("bug", List.of("bug", "crash")));

  private IssueLabelling label(String title, String body, List<String> labels) {
    return rules.label(IssueText.of(new IssueId("o/r", 1), title, body, List.of(), labels, null));
  }

  @Test
  void knownModelIdAloneMakesAnIssuePtmRelatedAndIsKeptAsEvidence() {
    IssueLabelling labelling = label("Results differ on Windows", "I load openai/whisper-small like the readme says.", List.of());

    assertThat(labelling.isPtm()).isTrue();
    assertThat(labelling.ptm().evidence()).contains("model:openai/whisper-small");
  }

  @Test
  void oomTracebackIsMemoryUsageWithTheFiringCueAsEvidence() {
    IssueLabelling labelling = label("Crash during generation",
        "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 2.00 GiB", List.of());

    assertThat(labelling.primaryTheme()).isEqualTo("HR");
    assertThat(labelling.subThemeCodes()).contains("HR.MEM");
    assertThat(labelling.subThemes().get(0).evidence()).contains("HR.MEM:\"CUDA out of memory\"");
  }

  @Test
  void issueWithoutPtmEvidenceGetsNoTheme() {
    IssueLabelling labelling = label("Footer links are broken", "The Terms link returns 404.", List.of());

    assertThat(labelling.isPtm()).isFalse();
    assertThat(labelling.themes()).isEmpty();
  }

  @Test
  void githubLabelDecidesTheTypeBeforeCues() {
    IssueLabelling labelling = label("How to make it faster?", "question about speed", List.of("Crash"));

    assertThat(labelling.type().code()).isEqualTo("bug");
    assertThat(labelling.type().evidence()).contains("github label \"Crash\"");
  }

  @Test
  void questionWithoutThemeCueFallsBackToUserGuidance() {
    IssueLabelling labelling = label("Anyone tried this with llama?", "Curious about the llama checkpoint.", List.of());

    assertThat(labelling.subThemeCodes()).containsExactly("DI.GUIDE");
    assertThat(labelling.subThemes().get(0).evidence()).startsWith("fallback");
  }
}
