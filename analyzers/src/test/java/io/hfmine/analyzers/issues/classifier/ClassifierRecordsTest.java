package io.hfmine.analyzers.issues.classifier;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.LabelledIssues;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.datasets.store.Store;
import java.util.List;
import org.junit.jupiter.api.Test;

class ClassifierRecordsTest {
  // Trained once on the tuning part (the first 74 labelled issues); training is the slow step.
  private static final List<TrainingExample> TUNING = ClassifierTargetsTest.allExamples().subList(0, 74);
  private static final IssueClassifierModel TRAINED = new ClassifierTrainer(LabelledIssues.shippedTaxonomy(),
      ClassifierSettings.defaults(), KnownModels.NONE).train(TUNING);

  @Test
  void storedClassifierLabelsExactlyAsTheTrainedOne() {
    List<TrainingExample> examples = TUNING;
    IssueClassifierModel trained = TRAINED;

    try (Store store = Store.inMemory()) {
      ClassifierRecords.save(store, "default", "tuning.csv", examples.size(), trained);
      IssueClassifierModel loaded = ClassifierRecords.load(store, "default").orElseThrow();

      for (IssueText issue : LabelledIssues.load(LabelledIssues.MEASURING).issues()) {
        assertThat(loaded.label(issue, KnownModels.NONE)).isEqualTo(trained.label(issue, KnownModels.NONE));
      }
      assertThat(ClassifierRecords.load(store, "other")).isEmpty();
    }
  }

  @Test
  void classifierTrainedOnTheTuningPartLabelsAnOomIssueAsMemoryUsage() {
    IssueClassifierModel model = TRAINED;

    var labelling = model.label(IssueText.of(new io.hfmine.analyzers.issues.IssueId("o/r", 1),
        "OOM when generating with SDXL", "torch.cuda.OutOfMemoryError: CUDA out of memory. Tried to allocate 3.00 GiB",
        List.of(), List.of(), null), KnownModels.NONE);

    assertThat(labelling.isPtm()).isTrue();
    assertThat(labelling.primaryTheme()).isEqualTo("HR");
    assertThat(labelling.subThemeCodes()).contains("HR.MEM");
  }
}
