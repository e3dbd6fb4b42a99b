package io.hfmine.finetune.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import ai.djl.ndarray.NDArray;
import ai.djl.ndarray.NDManager;
import ai.djl.ndarray.types.Shape;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class IssueFineTunerTest {
  /** Made-up issues: relevance and three themes each told by words of their own. */
  private static final String[][] ISSUES = {
      {"p0", "0", "Downloading the pretrained checkpoint from the hub fails with a timeout"},
      {"p1", "0", "The pretrained weights file cannot be downloaded, the hub returns 404"},
      {"p2", "0", "Checkpoint download from the model hub hangs forever"},
      {"p3", "0", "Where can I download the pretrained model weights, the hub link is dead"},
      {"p4", "1", "Loading the pretrained model runs out of GPU memory"},
      {"p5", "1", "CUDA out of memory when the pretrained checkpoint is loaded on a small GPU"},
      {"p6", "1", "The pretrained model needs too much GPU memory for inference"},
      {"p7", "1", "GPU memory explodes as soon as the pretrained weights are on the device"},
      {"p8", "2", "The pretrained model gives much worse accuracy than the paper reports"},
      {"p9", "2", "Accuracy of the released checkpoint is far below the reported results"},
      {"p10", "2", "The pretrained weights reproduce lower accuracy than the paper"},
      {"p11", "2", "Cannot reach the accuracy reported for the pretrained checkpoint"},
      {"n0", "", "Typo in the README table of contents"},
      {"n1", "", "Add a contributing guide to the repository"},
      {"n2", "", "The CI badge in the README is broken"},
      {"n3", "", "Rename the command line flag for the output folder"},
      {"n4", "", "Unit tests fail on Windows because of path separators"},
      {"n5", "", "Please add type hints to the utility functions"},
      {"n6", "", "The changelog is missing the last release"},
      {"n7", "", "Lint warnings about unused imports in the scripts"},
      {"n8", "", "Support reading the configuration from a TOML file"},
      {"n9", "", "The logo image in the docs does not render"},
      {"n10", "", "Sort the entries of the command help alphabetically"},
      {"n11", "", "Spelling mistakes in the installation section"},
  };

  private static List<LabelledText> issues() {
    List<LabelledText> issues = new ArrayList<>();
    for (String[] row : ISSUES) {
      boolean ptm = !row[1].isEmpty();
      issues.add(new LabelledText(row[0], "acme/" + row[0], row[2], ptm, ptm ? List.of(Integer.parseInt(row[1])) : List.of()));
    }
    return issues;
  }

  @Test
  void learnsRelevanceAndThemesItWasShown() throws IOException {
    FineTuneSettings settings = new FineTuneSettings(8, 8, 32, 1e-4, 1e-2, 0.0, 0.1, 0.0, 3);
    List<String> heard = new ArrayList<>();
    try (FineTunedClassifier classifier = new IssueFineTuner(settings).train(issues(), 3, heard::add)) {
      List<TextPrediction> predictions = classifier.predict(issues().stream().map(LabelledText::text).toList());

      int relevanceRight = 0;
      int themeRight = 0;
      for (int i = 0; i < ISSUES.length; i++) {
        LabelledText issue = issues().get(i);
        relevanceRight += predictions.get(i).ptm() == issue.ptm() ? 1 : 0;
        themeRight += issue.ptm() && predictions.get(i).primaryTheme() == issue.primaryTheme() ? 1 : 0;
      }
      assertThat(relevanceRight).isGreaterThanOrEqualTo(22);
      assertThat(themeRight).isGreaterThanOrEqualTo(10);
      assertThat(classifier.threshold()).as("nothing kept out: the even threshold").isEqualTo(0.5);
      assertThat(predictions.get(0).themeProbabilities()).hasSize(3);
    }
    assertThat(heard).anyMatch(line -> line.startsWith("epoch 8/8: mean loss"));
  }

  @Test
  void choosesTheThresholdOnTheIssuesOfTheRepositoriesKeptOut() throws IOException {
    FineTuneSettings settings = new FineTuneSettings(1, 8, 32, 1e-4, 1e-2, 0.0, 0.1, 0.5, 3);
    IssueFineTuner tuner = new IssueFineTuner(settings);
    long keptOut = issues().stream().filter(issue -> tuner.keptForThreshold(issue.repository())).count();
    List<String> heard = new ArrayList<>();
    try (FineTunedClassifier classifier = tuner.train(issues(), 3, heard::add)) {
      assertThat(keptOut).isBetween(1L, (long) ISSUES.length - 1);
      assertThat(heard).anyMatch(line -> line.contains("(" + keptOut + " kept out for the threshold)"));
      assertThat(heard).anyMatch(line -> line.startsWith("PTM threshold ") && line.endsWith("on the " + keptOut + " issues kept out)"));
      assertThat(classifier.threshold()).isBetween(0.0, 1.0);
    }
  }

  @Test
  void readsTheFeaturesBesideTheTextWhereTheTextSaysNothing() throws IOException {
    List<LabelledText> issues = new ArrayList<>();
    for (int i = 0; i < 16; i++) {
      boolean ptm = i % 2 == 0;
      issues.add(new LabelledText("acme/x#" + i, "acme/x" + i, "A report about the project", ptm,
          ptm ? List.of(0) : List.of(), new double[] {ptm ? 1.0 : 0.0, i}));
    }
    FineTuneSettings settings = new FineTuneSettings(20, 8, 16, 1e-4, 5e-2, 0.0, 0.1, 0.0, 3);
    try (FineTunedClassifier classifier = new IssueFineTuner(settings).train(issues, 1, line -> { })) {
      assertThat(classifier.features()).isEqualTo(2);
      List<TextPrediction> predictions = classifier.predict(List.of("A report about the project", "A report about the project"),
          List.of(new double[] {1.0, 3}, new double[] {0.0, 3}));

      assertThat(predictions.get(0).ptm()).isTrue();
      assertThat(predictions.get(1).ptm()).isFalse();
      assertThatThrownBy(() -> classifier.predict(List.of("A report about the project")))
          .hasMessageContaining("0 features").hasMessageContaining("reads 2");
    }
  }

  @Test
  void issuesWithUnlikeNumbersOfFeaturesAreRefusedNamingTheFirstOdd() {
    List<LabelledText> issues = List.of(new LabelledText("acme/x#1", "acme/x", "text", false, List.of(), new double[] {1}),
        new LabelledText("acme/x#2", "acme/x", "text", false, List.of(), new double[] {1, 2}));

    assertThatThrownBy(() -> new IssueFineTuner(FineTuneSettings.defaults()).train(issues, 1, line -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme/x#2").hasMessageContaining("2 features");
  }

  @Test
  void aThemeIndexOutsideTheListIsRefusedNamingTheIssue() {
    List<LabelledText> issues = List.of(new LabelledText("acme/x#1", "acme/x", "text", true, List.of(5)));

    assertThatThrownBy(() -> new IssueFineTuner(FineTuneSettings.defaults()).train(issues, 3, line -> { }))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("acme/x#1").hasMessageContaining("0..2");
  }

  @Test
  void keepsAboutTheConfiguredShareOfRepositoriesOutAndAlwaysTheSameOnes() {
    IssueFineTuner tuner = new IssueFineTuner(FineTuneSettings.defaults());
    int kept = 0;
    for (int i = 0; i < 2000; i++) {
      String repository = "owner" + i + "/project" + (i * 7);
      kept += tuner.keptForThreshold(repository) ? 1 : 0;
      assertThat(tuner.keptForThreshold(repository)).isEqualTo(new IssueFineTuner(FineTuneSettings.defaults()).keptForThreshold(repository));
    }
    assertThat(kept / 2000.0).isBetween(0.12, 0.18);
  }

  @Test
  void relevanceLossIsTheLogLossEvenForLargeLogits() {
    float[] logits = {2f, -1f, 0f, 60f};
    float[] targets = {1f, 0f, 1f, 0f};
    double expected = 0;
    for (int i = 0; i < logits.length; i++) {
      double p = 1 / (1 + Math.exp(-logits[i]));
      expected -= targets[i] == 1f ? Math.log(p) : (logits[i] > 30 ? -logits[i] : Math.log(1 - p));
    }
    expected /= logits.length;
    try (NDManager manager = NDManager.newBaseManager()) {
      double loss = IssueFineTuner.relevanceLoss(manager.create(logits), manager.create(targets)).getFloat();
      assertThat(loss).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-4));
    }
  }

  @Test
  void themeLossAveragesOverTheRowsThatHaveATheme() {
    try (NDManager manager = NDManager.newBaseManager()) {
      NDArray logits = manager.create(new float[] {1f, 2f, 3f, 5f, 5f, 5f}, new Shape(2, 3));
      NDArray oneHot = manager.create(new float[] {0f, 0f, 1f, 0f, 0f, 0f}, new Shape(2, 3));
      double expected = -Math.log(Math.exp(3) / (Math.exp(1) + Math.exp(2) + Math.exp(3)));

      assertThat((double) IssueFineTuner.themeLoss(logits, oneHot).getFloat()).isCloseTo(expected, org.assertj.core.data.Offset.offset(1e-5));
    }
  }
}
