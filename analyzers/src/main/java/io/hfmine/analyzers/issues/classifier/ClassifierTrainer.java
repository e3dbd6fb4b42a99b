package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import smile.classification.LogisticRegression;

/** Trains an {@link IssueClassifierModel} from labelled issues with Smile's logistic regression. */
public final class ClassifierTrainer {
  private static final double TOLERANCE = 1e-5;

  private final Taxonomy taxonomy;
  private final ClassifierSettings settings;
  private final KnownModels knownModels;

  public ClassifierTrainer(Taxonomy taxonomy, ClassifierSettings settings, KnownModels knownModels) {
    this.taxonomy = taxonomy;
    this.settings = settings;
    this.knownModels = knownModels;
  }

  public IssueClassifierModel train(List<TrainingExample> examples) {
    return train(examples, new CueFeatures(taxonomy, settings.titleWeight()));
  }

  IssueClassifierModel train(List<TrainingExample> examples, CueFeatures cues) {
    if (examples.isEmpty()) {
      throw new IllegalArgumentException("no training examples");
    }
    TfIdfVectorizer vectorizer = TfIdfVectorizer.fit(examples.stream().map(e -> e.issue().fullText()).toList(),
        settings.minDocumentFrequency(), settings.maxFeatures());
    double[][] x = examples.stream().map(e -> IssueClassifierModel.features(vectorizer, cues, e.issue(), knownModels))
        .toArray(double[][]::new);
    LogisticRegression.Binomial ptm = binomial(x, examples, e -> true, e -> e.gold().isPtm());
    Map<String, LogisticRegression.Binomial> themes = new LinkedHashMap<>();
    for (String theme : taxonomy.themeCodes()) {
      LogisticRegression.Binomial model = binomial(x, examples, e -> e.gold().isPtm(), e -> e.gold().themes().contains(theme));
      if (model != null) {
        themes.put(theme, model);
      }
    }
    Map<String, LogisticRegression.Binomial> subThemes = new LinkedHashMap<>();
    for (String sub : taxonomy.subThemeCodes()) {
      LogisticRegression.Binomial model = binomial(x, examples, e -> e.gold().isPtm(), e -> e.gold().subThemes().contains(sub));
      if (model != null) {
        subThemes.put(sub, model);
      }
    }
    List<String> typeNames = examples.stream().map(e -> e.gold().type()).filter(t -> t != null).distinct().sorted().toList();
    LogisticRegression type = null;
    if (typeNames.size() >= 2) {
      List<double[]> typedX = new ArrayList<>();
      List<Integer> typedY = new ArrayList<>();
      for (int i = 0; i < examples.size(); i++) {
        String name = examples.get(i).gold().type();
        if (name != null) {
          typedX.add(x[i]);
          typedY.add(typeNames.indexOf(name));
        }
      }
      type = LogisticRegression.fit(typedX.toArray(double[][]::new), typedY.stream().mapToInt(Integer::intValue).toArray(),
          options());
    }
    return new IssueClassifierModel(vectorizer, cues, ptm, themes, subThemes, type, typeNames, settings.threshold(),
        taxonomy.subThemeCodes());
  }

  // One yes/no model over the examples that qualify; none when either class is too rare to learn.
  private LogisticRegression.Binomial binomial(double[][] x, List<TrainingExample> examples,
      Predicate<TrainingExample> qualifies, Predicate<TrainingExample> positive) {
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    int positives = 0;
    for (int i = 0; i < examples.size(); i++) {
      if (qualifies.test(examples.get(i))) {
        boolean yes = positive.test(examples.get(i));
        rows.add(x[i]);
        labels.add(yes ? 1 : 0);
        positives += yes ? 1 : 0;
      }
    }
    if (positives < settings.minPositives() || positives == rows.size()) {
      return null;
    }
    return LogisticRegression.binomial(rows.toArray(double[][]::new), labels.stream().mapToInt(Integer::intValue).toArray(),
        options());
  }

  private LogisticRegression.Options options() {
    return new LogisticRegression.Options(settings.lambda(), TOLERANCE, settings.maxIterations());
  }
}
