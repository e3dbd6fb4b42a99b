package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueText;
import org.junit.jupiter.api.Test;

class OwnTrainingFeatureTest {
  private static final IssueFeatures FEATURES = ClassifierFixtures.features();
  private static final int AT = FEATURES.knowledgeNames().indexOf(IssueFeatures.OWN_TRAINING);

  private static double ownTraining(IssueText issue) {
    return FEATURES.knowledge(IssueFeatures.document(issue, ClassifierFixtures.projects(FEATURES).of(issue.id().repository())),
        ClassifierFixtures.projects(FEATURES).of(issue.id().repository()))[AT];
  }

  @Test
  void weightsTheReporterTrainedThemselvesAreCounterEvidence() {
    assertThat(ownTraining(issue("lab0/resnet-tool", 901, "Loss is flat",
        "I trained the network from scratch on my data and my trained model predicts one class."))).isGreaterThan(0);
    assertThat(ownTraining(issue("lab0/resnet-tool", 902, "pretrained=False gives NaN", "Setting pretrained=False breaks it.")))
        .isGreaterThan(0);
  }

  @Test
  void theReleasedWeightsAreNoCounterEvidence() {
    assertThat(ownTraining(issue("lab0/resnet-tool", 903, "Released checkpoint gives worse accuracy",
        "The provided weights score 70 instead of 76 on the test split."))).isZero();
  }

  @Test
  void theCounterEvidenceIsABlockOfItsOwnThatOnlyTheRegressionsNamingItRead() {
    assertThat(AT).isGreaterThanOrEqualTo(0);
    assertThat(ClassifierTrainer.block(IssueFeatures.OWN_TRAINING)).isEqualTo("counter");
    assertThat(ClassifierSettings.BLOCKS).contains("counter");
  }
}
