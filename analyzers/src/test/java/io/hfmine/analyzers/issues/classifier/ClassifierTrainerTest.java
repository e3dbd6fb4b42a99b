package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ClassifierTrainerTest {
  private static final IssueFeatures FEATURES = ClassifierFixtures.features();
  private static final List<PreparedIssue> PREPARED = ClassifierFixtures.prepared(FEATURES);
  private static final ClassifierProvenance PROVENANCE = new ClassifierProvenance("fixtures.csv", "00", "11", 96, 72, "test");
  private static final IssueClassifierModel MODEL = ClassifierFixtures.trainer(FEATURES)
      .train(PREPARED, ClassifierFixtures.GOLD, PROVENANCE);

  private static ClassifierLabeller labeller(IssueClassifierModel model) {
    return new ClassifierLabeller(model, FEATURES, ClassifierFixtures.projects(FEATURES), null, Map.of());
  }

  @Test
  void aModelReadBackFromTheStoreLabelsExactlyAsTheTrainedOne() {
    try (Store store = Store.inMemory()) {
      ClassifierRecords.save(store, "default", MODEL);
      IssueClassifierModel loaded = ClassifierRecords.load(store, "default").orElseThrow();

      assertThat(loaded.provenance()).isEqualTo(PROVENANCE);
      for (IssueText issue : ClassifierFixtures.ISSUES.subList(0, 12)) {
        IssueLabelling before = labeller(MODEL).label(issue);
        IssueLabelling after = labeller(loaded).label(issue);
        assertThat(after.ptm()).isEqualTo(before.ptm());
        assertThat(after.themeCodes()).isEqualTo(before.themeCodes());
        assertThat(after.subThemeCodes()).isEqualTo(before.subThemeCodes());
      }
      assertThat(ClassifierRecords.load(store, "other")).isEmpty();
    }
  }

  @Test
  void aThresholdChosenByCrossValidationIsTheModelsOwnAndSurvivesTheFile() {
    ClassifierSettings fixed = ClassifierFixtures.settings();
    ClassifierSettings chosen = thresholdByCrossValidation();
    IssueClassifierModel model = new ClassifierTrainer(MODEL.taxonomyYaml(), MODEL.rules(), MODEL.context(), chosen,
        FEATURES.knowledgeNames(), null).train(PREPARED, ClassifierFixtures.GOLD, PROVENANCE);

    // The fixtures' PTM-related issues are told apart from the others in every fold, so the best
    // out-of-fold F1 is reached well below the configured 0.99, which is only the fallback.
    assertThat(model.ptmThreshold()).isBetween(0.05, 0.9);
    assertThat(MODEL.ptmThreshold()).isEqualTo(fixed.ptmThreshold());
    IssueClassifierModel read = ClassifierFile.read(ClassifierFile.write(model), "model.json");
    assertThat(read.ptmThreshold()).isEqualTo(model.ptmThreshold());
    IssueText memory = ClassifierFixtures.ISSUES.get(0);
    assertThat(labeller(read).label(memory).isPtm()).isTrue();
  }

  @Test
  void theThresholdsOutOfFoldAnswersAreWeighedAsGivenAndWeighingThemAlikeChangesNothing() {
    ClassifierTrainer trainer = new ClassifierTrainer(MODEL.taxonomyYaml(), MODEL.rules(), MODEL.context(),
        thresholdByCrossValidation(), FEATURES.knowledgeNames(), null);
    Set<IssueId> asked = new HashSet<>();

    double unweighted = trainer.train(PREPARED, ClassifierFixtures.GOLD, PROVENANCE).ptmThreshold();
    double alike = trainer.weighingThresholdBy(id -> {
      asked.add(id);
      return 3;
    }).train(PREPARED, ClassifierFixtures.GOLD, PROVENANCE).ptmThreshold();

    // F1 does not change when every answer counts thrice; ThresholdChoiceTest shows unequal weights move it.
    assertThat(alike).isEqualTo(unweighted);
    Set<IssueId> answered = new HashSet<>();
    ClassifierFixtures.GOLD.stream().filter(a -> a.ptmAnnotated()).forEach(a -> answered.add(a.issue()));
    assertThat(asked).as("every training issue with a PTM answer is weighed, once per its fold").isEqualTo(answered);
  }

  /** The fixtures' settings with the threshold chosen by 4-fold cross-validation (0.99 only as the fallback). */
  private static ClassifierSettings thresholdByCrossValidation() {
    return ClassifierFixtures.settings().toBuilder().ptmThreshold(0.99).ptmThresholdFolds(4).build();
  }

  @Test
  void theTypeRegressionReadsOnlyItsOwnBlocksWhileTheThemesReadTheirs() {
    ClassifierSettings fixed = ClassifierFixtures.settings();
    ClassifierSettings wordsForType = fixed.toBuilder().themeInputs(List.of("words", "cues"))
        .typeInputs(List.of("words")).build();
    IssueClassifierModel model = new ClassifierTrainer(MODEL.taxonomyYaml(), MODEL.rules(), MODEL.context(), wordsForType,
        FEATURES.knowledgeNames(), null).train(PREPARED, ClassifierFixtures.GOLD, PROVENANCE);

    int words = model.features().vocabulary().dimensions();
    List<String> knowledge = model.features().knowledgeNames();
    boolean themesReadCues = false;
    for (int k = 0; k < knowledge.size(); k++) {
      int column = words + model.features().embeddingDimensions() + k;
      for (double[] row : model.type().weights()) {
        assertThat(row[column]).as("type weight of %s", knowledge.get(k)).isZero();
      }
      if (knowledge.get(k).startsWith("cues:")) {
        for (double[] row : model.themes().weights()) {
          themesReadCues |= row[column] != 0;
        }
      }
    }
    assertThat(themesReadCues).isTrue();
    assertThat(fixed.typeInputs()).as("unset, the type reads what the themes read").isEqualTo(fixed.themeInputs());
  }

  @Test
  void anUnseenIssueGetsTheRelevanceAndChallengeItsWordsShare() {
    IssueLabelling labelling = labeller(MODEL).label(issue("lab9/new-tool", 1, "CUDA out of memory with the released model",
        "torch.cuda.OutOfMemoryError while generating."));

    assertThat(labelling.isPtm()).isTrue();
    assertThat(labelling.primaryTheme()).isEqualTo("HR");
    assertThat(labelling.primarySubTheme()).isEqualTo("HR.MEM");
  }

  @Test
  void aModelOfAnotherFormatIsRefusedNamingItsOrigin() {
    assertThatThrownBy(() -> ClassifierFile.read("{\"format\":\"x\"}".getBytes(StandardCharsets.UTF_8), "old.json"))
        .hasMessageContaining("old.json").hasMessageContaining("train it again");
  }

  @Test
  void crossValidationFoldsNeverSplitARepositoryAndAreOfSimilarSize() {
    List<IssueId> ids = ClassifierFixtures.ISSUES.stream().map(IssueText::id).toList();

    List<List<String>> folds = CrossValidation.folds(ids, 4, 7);

    Set<String> seen = new HashSet<>();
    for (List<String> fold : folds) {
      assertThat(fold).hasSize(2);
      fold.forEach(repository -> assertThat(seen.add(repository)).isTrue());
    }
    assertThat(seen).hasSize(8);
  }

  @Test
  void crossValidationLabelsEveryIssueWithAModelThatNeverSawItsRepository() {
    Map<IssueId, IssueLabelling> predicted = CrossValidation.predict(ClassifierFixtures.trainer(FEATURES),
        ClassifierFixtures.TAXONOMY, PREPARED, ClassifierFixtures.GOLD, 4, 1, null, Progress.NONE);

    assertThat(predicted).hasSize(ClassifierFixtures.ISSUES.size());
  }
}
