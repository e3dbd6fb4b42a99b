package io.hfmine.analyzers.issues.text;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import org.junit.jupiter.api.Test;

class IssueOpeningTest {
  private final IssueOpening opening = new IssueOpening(RuleSettings.defaults().weights(), 200);

  @Test
  void isTheReportersProseWithoutPastedOutput() {
    IssueText issue = issue("lab/tool", 1, "Download link is dead",
        "The download link in the README fails for me.\n\n```\nTraceback (most recent call last):\n  File \"x.py\"\n```\n");

    String text = opening.of(IssueDocument.of(issue, TemplateLines.NONE));

    assertThat(text).contains("download link in the README").doesNotContain("Traceback");
  }

  @Test
  void aBodyWithoutProseFallsBackOnTheTitle() {
    IssueText issue = issue("lab/tool", 2, "GPU memory blows up", "```\nRuntimeError: CUDA out of memory\n```\n");

    assertThat(opening.of(IssueDocument.of(issue, TemplateLines.NONE))).isEqualTo("GPU memory blows up");
  }

  @Test
  void isCutAtItsLength() {
    IssueText issue = issue("lab/tool", 3, "Slow", "The model loads slowly. ".repeat(40));

    assertThat(new IssueOpening(RuleSettings.defaults().weights(), 50).of(IssueDocument.of(issue, TemplateLines.NONE)))
        .hasSize(50).startsWith("The model loads slowly.");
  }

  @Test
  void anOpeningOfNoCharactersIsRefused() {
    assertThatThrownBy(() -> new IssueOpening(RuleSettings.defaults().weights(), 0)).hasMessageContaining("0");
  }
}
