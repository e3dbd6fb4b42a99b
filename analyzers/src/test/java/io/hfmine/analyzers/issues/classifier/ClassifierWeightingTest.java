package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ClassifierWeightingTest {
  private static final IssueFeatures FEATURES = ClassifierFixtures.features();
  private static final List<PreparedIssue> PREPARED = ClassifierFixtures.prepared(FEATURES);

  private static IssueClassifierModel trained(Double subThemeBlend, Integer positiveWeight, Double treesBlend) {
    ClassifierSettings base = ClassifierFixtures.settings();
    ClassifierSettings settings = new ClassifierSettings(base.maxFeatures(), base.minDocumentFrequency(), base.lambda(),
        base.maxIterations(), base.ptmThreshold(), 0, base.secondaryThemeThreshold(), base.minPositives(), false,
        base.embeddingChars(), null, null, null, null, null, subThemeBlend, positiveWeight, treesBlend);
    return new ClassifierTrainer(io.hfmine.analyzers.issues.taxonomy.Taxonomy.text("config/taxonomy/ptm-challenges.yaml"),
        io.hfmine.analyzers.issues.rules.RuleSettings.defaults(), io.hfmine.analyzers.issues.context.ContextSettings.defaults(),
        settings, FEATURES.knowledgeNames(), null).train(PREPARED, ClassifierFixtures.GOLD, null);
  }

  private static PreparedIssue unseen(String title, String body) {
    return new IssuePreparation(FEATURES, ClassifierFixtures.projects(FEATURES), null, 600)
        .prepare(List.of(issue("lab9/new-tool", 1, title, body))).get(0);
  }

  private static double pPtm(IssueClassifierModel model, PreparedIssue input) {
    return model.ptmProbability(model.features().vector(input.terms(), input.embedding(), input.knowledge()));
  }

  @Test
  void countingEachPtmRelatedIssueMoreRaisesTheRelevanceProbabilityOfAnIssueTheWordsDoNotDecide() {
    PreparedIssue neutral = unseen("Question about the settings", "What does this option do?");

    assertThat(pPtm(trained(null, 3, null), neutral)).isGreaterThan(pPtm(trained(null, 1, null), neutral));
  }

  @Test
  void relevanceTreesBlendTheirProbabilityWithTheRegressions() {
    IssueClassifierModel withTrees = trained(null, null, 0.5);
    PreparedIssue memory = unseen("CUDA out of memory when loading the pretrained model", "torch.cuda.OutOfMemoryError raised.");
    double[] x = withTrees.features().vector(memory.terms(), memory.embedding(), memory.knowledge());
    double regression = withTrees.ptm().probability(x, "true");

    assertThat(withTrees.relevanceTrees()).isNotNull();
    assertThat(withTrees.ptmProbability(x)).isBetween(Math.min(regression, 0.5 * regression),
        Math.max(regression, 0.5 * regression + 0.5));
    assertThatThrownBy(() -> ClassifierFile.write(withTrees)).hasMessageContaining("relevance-trees-blend");
  }

  @Test
  void theSubThemesVoteMovesTheThemeTowardsTheThemeWhoseSubThemesTogetherAreMostLikely() {
    IssueClassifierModel hierarchical = trained(1.0, null, null);
    PreparedIssue download = unseen("Cannot download the pretrained weights, the link is dead", "The link in the README fails.");
    var labelling = ClassifierLabeller.label(hierarchical, ClassifierFixtures.TAXONOMY, download, null);
    double[] x = hierarchical.features().vector(download.terms(), download.embedding(), download.knowledge());
    double[] subThemes = hierarchical.subThemes().probabilities(x);
    double rc = 0;
    for (int s = 0; s < subThemes.length; s++) {
      if (hierarchical.subThemes().classes().get(s).startsWith("RC.")) {
        rc += subThemes[s];
      }
    }

    assertThat(labelling.primaryTheme()).isEqualTo("RC");
    assertThat(labelling.themes().get(0).confidence()).isEqualTo(Math.round(rc * 1000) / 1000.0);
  }

  @Test
  void blendsOutsideZeroToOneAndWeightsBelowOneAreRefusedNamingTheKey() {
    assertThatThrownBy(() -> trained(1.5, null, null)).hasMessageContaining("sub-theme-blend");
    assertThatThrownBy(() -> trained(null, 0, null)).hasMessageContaining("ptm-positive-weight");
    assertThatThrownBy(() -> trained(null, null, -0.1)).hasMessageContaining("relevance-trees-blend");
  }
}
