package io.hfmine.analyzers.issues.agreement;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueFixtures;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class AgreementStudyTest {
  private static Annotation ptm(String annotator, int number, boolean ptm, String... themes) {
    return new Annotation(new IssueId("o/r", number), annotator, ptm, List.of(themes), List.of(), null);
  }

  private static LabelAgreement label(AgreementReport report, String name) {
    return report.labels().stream().filter(l -> l.label().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void threeAnnotatorsAreComparedWithFleissKappaOnSharedIssuesOnly() {
    List<Annotation> annotations = new ArrayList<>();
    // Issue 1: all say PTM (HR); issue 2: all say not PTM; issue 3: two say PTM, one not; issue 4 only alice.
    for (String name : List.of("alice", "bob", "carol")) {
      annotations.add(ptm(name, 1, true, "HR"));
      annotations.add(ptm(name, 2, false));
      annotations.add(ptm(name, 3, !name.equals("carol"), name.equals("carol") ? new String[0] : new String[] {"SE"}));
    }
    annotations.add(ptm("alice", 4, true, "MU"));

    AgreementReport report = AgreementStudy.run(annotations, null, IssueFixtures.taxonomy());

    assertThat(report.statistic()).isEqualTo("Fleiss' kappa");
    assertThat(report.sharedIssues()).isEqualTo(3);
    // ptm ratings per issue: [t,t,t], [f,f,f], [t,t,f]. P_i = 1, 1, 1/3 -> P = 7/9; shares t 5/9, f 4/9 -> Pe = 41/81;
    // kappa = (7/9 - 41/81) / (1 - 41/81) = 22/40 = 0.55
    assertThat(label(report, "ptm").kappa()).isCloseTo(0.55, within(1e-12));
    assertThat(label(report, "ptm").observed()).isCloseTo(2.0 / 3, within(1e-12));
    assertThat(report.confusion()).isEmpty();
    assertThat(report.disagreements()).extracting(Disagreement::issue).containsExactly(new IssueId("o/r", 3));
  }

  @Test
  void anIssueWithBlankThemesCountsForRelevanceButNotForThemes() {
    List<Annotation> annotations = List.of(
        ptm("alice", 1, true, "HR"), ptm("bob", 1, true, "HR"),
        ptm("alice", 2, true, "RC"), ptm("bob", 2, true, "MU"),
        ptm("alice", 3, true, "SE"), new Annotation(new IssueId("o/r", 3), "bob", true, null, null, null));

    AgreementReport report = AgreementStudy.run(annotations, null, IssueFixtures.taxonomy());

    assertThat(label(report, "ptm").items()).isEqualTo(3);
    assertThat(label(report, "theme (primary)").items()).isEqualTo(2);
    assertThat(label(report, "theme (primary)").observed()).isCloseTo(0.5, within(1e-12));
  }

  @Test
  void unknownAnnotatorIsNamed() {
    assertThatThrownBy(() -> AgreementStudy.run(List.of(ptm("alice", 1, true, "HR")), List.of("alice", "zoe"),
        IssueFixtures.taxonomy())).hasMessageContaining("annotator 'zoe' has no annotations");
  }
}
