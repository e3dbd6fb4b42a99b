package io.hfmine.analyzers.issues.classifier;

import static io.hfmine.analyzers.issues.IssueFixtures.issue;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueFixtures;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A small labelled set written for the classifier's tests: four kinds of issue in eight repositories. */
final class ClassifierFixtures {
  static final Taxonomy TAXONOMY = IssueFixtures.taxonomy();
  static final List<IssueText> ISSUES = new ArrayList<>();
  static final List<Annotation> GOLD = new ArrayList<>();

  static {
    String[] memory = {"CUDA out of memory when loading the pretrained %s", "The released %s checkpoint does not fit in 8 GB",
        "OOM running inference with the %s weights"};
    String[] download = {"Download link of the pretrained %s is dead", "Cannot download the %s weights, 404",
        "Google Drive link for the %s checkpoint expired"};
    String[] quality = {"The pretrained %s gives far worse results than the paper", "Poor output quality of the released %s",
        "Reproduced accuracy of the %s model is much lower than reported"};
    String[] other = {"CSV export drops the header when %s is empty", "Plot legend overlaps the %s axis",
        "Typo in the docstring of the %s helper"};
    String[] names = {"resnet", "bert", "yolo", "glove", "vgg", "unet", "crf", "lstm"};
    int number = 1;
    for (int r = 0; r < names.length; r++) {
      String repository = "lab" + r + "/" + names[r] + "-tool";
      for (int i = 0; i < 3; i++) {
        add(repository, number++, memory[(r + i) % 3].formatted(names[r]), "torch.cuda.OutOfMemoryError raised.", "HR.MEM");
        add(repository, number++, download[(r + i) % 3].formatted(names[r]), "The link in the README fails.", "RC.DOWNLOAD");
        add(repository, number++, quality[(r + i) % 3].formatted(names[r]), "Scores are far from the table.", "PQ.OUT");
        add(repository, number++, other[(r + i) % 3].formatted(names[r]), "Happens with every input file.", null);
      }
    }
  }

  private ClassifierFixtures() {
  }

  private static void add(String repository, int number, String title, String body, String subTheme) {
    ISSUES.add(issue(repository, number, title, body));
    GOLD.add(new Annotation(ISSUES.getLast().id(), "gold", subTheme != null,
        subTheme == null ? List.of() : List.of(subTheme.substring(0, 2)), subTheme == null ? List.of() : List.of(subTheme),
        subTheme == null ? "bug" : subTheme.equals("RC.DOWNLOAD") ? "question" : "bug"));
  }

  static IssueFeatures features() {
    return new IssueFeatures(TAXONOMY, RuleSettings.defaults(), KnownModels.NONE);
  }

  static ProjectContexts projects(IssueFeatures features) {
    return ProjectContexts.of(ISSUES, Map.of(), features.relevance(), ContextSettings.defaults());
  }

  static ClassifierSettings settings() {
    return new ClassifierSettings(500, 1, 0.1, 300, 0.5, 0, 0.35, 3, false, 600, null, null, null, null, null, null, null, null,
        null);
  }

  static ClassifierTrainer trainer(IssueFeatures features) {
    return new ClassifierTrainer(Taxonomy.text("config/taxonomy/ptm-challenges.yaml"), RuleSettings.defaults(),
        ContextSettings.defaults(), settings(), features.knowledgeNames(), null);
  }

  static List<PreparedIssue> prepared(IssueFeatures features) {
    return new IssuePreparation(features, projects(features), null, 600).prepare(ISSUES);
  }
}
