package io.hfmine.analyzers.issues.sampling;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueComment;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.RelevanceRule;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.text.TemplateLines;
import java.util.List;
import org.junit.jupiter.api.Test;

class PtmPrescreenTest {
  private final PtmPrescreen prescreen = new PtmPrescreen(new RelevanceRule(IssueFixtures.taxonomy().relevance(),
      KnownModels.of(List.of("acme-lab/tiny-encoder")), RuleSettings.defaults()),
      new AnnotationSettings(600).prescreenKinds());

  private Stratum stratum(IssueText issue) {
    return prescreen.stratumOf(issue, TemplateLines.NONE);
  }

  @Test
  void evidenceOfReuseInTheTitleOrBodyPutsAnIssueInStratumP() {
    assertThat(stratum(issue("o/r", 1, "Loading the released checkpoint fails", ""))).isEqualTo(Stratum.P);
    assertThat(stratum(issue("o/r", 2, "Crash on start", "I pass acme-lab/tiny-encoder as the encoder."))).isEqualTo(Stratum.P);
    assertThat(stratum(issue("o/r", 3, "Crash on start", "state = torch.load('arcface_r100.pth')"))).isEqualTo(Stratum.P);
  }

  @Test
  void weakWordsAloneLeaveAnIssueInStratumR() {
    assertThat(stratum(issue("o/r", 1, "The model is slow on GPU", "Prediction accuracy drops with fp16.")))
        .isEqualTo(Stratum.R);
  }

  @Test
  void onlyTheReportersOwnTextCountsNotCommentsNorInstallerOutput() {
    IssueText answered = issue("o/r", 1, "Plot axis labels overlap", "The legend covers the second axis.",
        new IssueComment("Could this come from the pretrained weights you load?", null));
    IssueText installLog = issue("o/r", 2, "CSV reader drops rows", "Reading fails on empty lines.\n\n```\n"
        + "Requirement already satisfied: transformers in ./venv\nSuccessfully installed pandas-1.3.0\n```\n");

    assertThat(stratum(answered)).isEqualTo(Stratum.R);
    assertThat(stratum(installLog)).isEqualTo(Stratum.R);
  }

  @Test
  void aProjectsTemplateLinesDoNotMakeEveryIssueAHit() {
    String template = "Which pretrained model did you use?\n";
    List<String> bodies = List.of(template + "a", template + "b", template + "c", template + "d", template + "e");
    TemplateLines lines = TemplateLines.of(bodies, 0.5, 3);

    assertThat(prescreen.stratumOf(issue("o/r", 1, "Axis labels overlap", template + "The legend hides the axis."), lines))
        .isEqualTo(Stratum.R);
    assertThat(prescreen.stratumOf(issue("o/r", 1, "Axis labels overlap", template + "The legend hides the axis."),
        TemplateLines.NONE)).isEqualTo(Stratum.P);
  }
}
