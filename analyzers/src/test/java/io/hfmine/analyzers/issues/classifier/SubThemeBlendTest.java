package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class SubThemeBlendTest {
  private static final IssueFeatures FEATURES = ClassifierFixtures.features();
  private static final List<PreparedIssue> PREPARED = ClassifierFixtures.prepared(FEATURES);

  private static ClassifierSettings settings(Double subThemeBlend) {
    return ClassifierFixtures.settings().toBuilder().subThemeBlend(subThemeBlend).build();
  }

  private static IssueClassifierModel trained(Double subThemeBlend) {
    return new ClassifierTrainer(io.hfmine.analyzers.issues.taxonomy.Taxonomy.text("config/taxonomy/ptm-challenges.yaml"),
        io.hfmine.analyzers.issues.rules.RuleSettings.defaults(), io.hfmine.analyzers.issues.context.ContextSettings.defaults(),
        settings(subThemeBlend), FEATURES.knowledgeNames(), null).train(PREPARED, ClassifierFixtures.GOLD, null);
  }

  private static PreparedIssue unseen(String title, String body) {
    return new IssuePreparation(FEATURES, ClassifierFixtures.projects(FEATURES), null, 600)
        .prepare(List.of(issue("lab9/new-tool", 1, title, body))).get(0);
  }

  @Test
  void withTheWholeBlendOnTheSubThemesAThemeIsAsProbableAsItsSubThemesTogether() {
    IssueClassifierModel hierarchical = trained(1.0);
    PreparedIssue download = unseen("Cannot download the pretrained weights, the link is dead", "The link in the README fails.");
    double[] x = hierarchical.features().vector(download.terms(), download.embedding(), download.knowledge());
    double[] subThemes = hierarchical.subThemes().probabilities(x);
    double rc = 0;
    for (int s = 0; s < subThemes.length; s++) {
      if (hierarchical.subThemes().classes().get(s).startsWith("RC.")) {
        rc += subThemes[s];
      }
    }

    var labelling = ClassifierLabeller.label(hierarchical, ClassifierFixtures.TAXONOMY, download, null);

    assertThat(labelling.primaryTheme()).isEqualTo("RC");
    assertThat(labelling.themes().get(0).confidence()).isEqualTo(Math.round(rc * 1000) / 1000.0);
  }

  @Test
  void withoutTheBlendTheThemeRegressionAloneDecides() {
    IssueClassifierModel plain = trained(null);
    PreparedIssue download = unseen("Cannot download the pretrained weights, the link is dead", "The link in the README fails.");
    double[] x = plain.features().vector(download.terms(), download.embedding(), download.knowledge());
    double[] themes = plain.themes().probabilities(x);
    double rc = themes[plain.themes().classes().indexOf("RC")];

    var labelling = ClassifierLabeller.label(plain, ClassifierFixtures.TAXONOMY, download, null);

    assertThat(labelling.primaryTheme()).isEqualTo("RC");
    assertThat(labelling.themes().get(0).confidence()).isEqualTo(Math.round(rc * 1000) / 1000.0);
  }

  @Test
  void aBlendOutsideZeroToOneIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> settings(1.5)).hasMessageContaining("issues.classifier.sub-theme-blend");
    assertThatThrownBy(() -> settings(-0.1)).hasMessageContaining("issues.classifier.sub-theme-blend");
  }
}
