package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.context.ContextSettings;
import io.hfmine.analyzers.issues.rules.RuleSettings;
import io.hfmine.analyzers.text.TfIdf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import smile.classification.LogisticRegression;

/**
 * Trains an {@link IssueClassifierModel} with Smile's logistic regression: PTM relevance on every
 * labelled issue; primary theme, primary sub-theme and type on the issues whose gold gives them
 * (themes and sub-themes on PTM-related ones). A class needs {@code min-positives} examples.
 */
public final class ClassifierTrainer {
  private static final double TOLERANCE = 1e-5;
  private static final long THRESHOLD_SEED = 7;
  private static final Function<Annotation, String> RELEVANCE = a -> a.ptmAnnotated() ? (a.isPtm() ? "true" : "false") : null;

  private final String taxonomyYaml;
  private final RuleSettings rules;
  private final ContextSettings context;
  private final ClassifierSettings settings;
  private final List<String> knowledgeNames;
  private final String embedder;
  private final ToDoubleFunction<io.hfmine.analyzers.issues.IssueId> thresholdWeights;

  /**
   * @param knowledgeNames the knowledge features' names ({@link IssueFeatures#knowledgeNames()})
   * @param embedder the sentence-embedding model's name, null without embeddings
   */
  public ClassifierTrainer(String taxonomyYaml, RuleSettings rules, ContextSettings context, ClassifierSettings settings,
      List<String> knowledgeNames, String embedder) {
    this.taxonomyYaml = taxonomyYaml;
    this.rules = rules;
    this.context = context;
    this.settings = settings;
    this.knowledgeNames = List.copyOf(knowledgeNames);
    this.embedder = embedder;
    this.thresholdWeights = id -> 1;
  }

  private ClassifierTrainer(ClassifierTrainer trainer, ToDoubleFunction<io.hfmine.analyzers.issues.IssueId> thresholdWeights) {
    this.taxonomyYaml = trainer.taxonomyYaml;
    this.rules = trainer.rules;
    this.context = trainer.context;
    this.settings = trainer.settings;
    this.knowledgeNames = trainer.knowledgeNames;
    this.embedder = trainer.embedder;
    this.thresholdWeights = thresholdWeights;
  }

  /**
   * This trainer, choosing the PTM threshold by the F1 of its out-of-fold answers each weighted as
   * given (see {@link ThresholdChoice#bestF1(double[], boolean[], double[], double)}) instead of
   * each counting once.
   */
  public ClassifierTrainer weighingThresholdBy(ToDoubleFunction<io.hfmine.analyzers.issues.IssueId> weights) {
    return new ClassifierTrainer(this, weights);
  }

  /** Trains on the prepared issues and their gold labels (same order, same length). */
  public IssueClassifierModel train(List<PreparedIssue> issues, List<Annotation> gold, ClassifierProvenance provenance) {
    if (issues.size() != gold.size() || issues.isEmpty()) {
      throw new IllegalArgumentException("training needs one gold annotation per issue, got " + issues.size() + " issues and "
          + gold.size() + " annotations");
    }
    TfIdf vocabulary = TfIdf.fit(issues.stream().map(PreparedIssue::terms).toList(),
        settings.maxFeatures(), settings.minDocumentFrequency());
    int embeddingDimensions = issues.get(0).embedding() == null ? 0 : issues.get(0).embedding().length;
    FeatureSpace raw = FeatureSpace.raw(vocabulary, embeddingDimensions, knowledgeNames);
    FeatureSpace space = FeatureSpace.fitted(vocabulary, embeddingDimensions, knowledgeNames,
        issues.stream().map(p -> raw.vector(p.terms(), p.embedding(), p.knowledge())).toList(), settings.embeddingWeight());
    double[][] x = issues.stream().map(p -> space.vector(p.terms(), p.embedding(), p.knowledge())).toArray(double[][]::new);

    double[][] relevanceX = masked(x, space, settings.relevanceInputs());
    double[][] themeX = masked(x, space, settings.themeInputs());
    LinearModel ptm = fit(relevanceX, gold, RELEVANCE);
    if (ptm == null) {
      throw new IllegalArgumentException("the labelled issues need both PTM-related and other issues ("
          + settings.minPositives() + " of each at least)");
    }
    double threshold = settings.ptmThresholdFolds() >= 2 ? chosenThreshold(relevanceX, issues, gold) : settings.ptmThreshold();
    LinearModel themes = fit(themeX, gold, a -> a.ptmAnnotated() && a.isPtm() ? a.primaryTheme() : null);
    LinearModel subThemes = fit(themeX, gold, a -> a.ptmAnnotated() && a.isPtm() ? a.primarySubTheme() : null);
    LinearModel type = fit(settings.typeInputs().equals(settings.themeInputs()) ? themeX : masked(x, space, settings.typeInputs()),
        gold, Annotation::type);
    ExampleVote examples = settings.exampleBlend() > 0 && themes != null ? ExampleVote.fit(issues, gold, themes.classes()) : null;
    return new IssueClassifierModel(provenance, taxonomyYaml, rules, context, settings, embedder, space, ptm, threshold, themes,
        subThemes, type, examples);
  }

  // The relevance regression cross-validated on the training issues, folds grouped by repository as
  // a new study's projects are unseen; the threshold with the best F1 on its out-of-fold
  // probabilities. Falls back on the configured one with too few repositories.
  private double chosenThreshold(double[][] x, List<PreparedIssue> issues, List<Annotation> gold) {
    List<io.hfmine.analyzers.issues.IssueId> ids = issues.stream().map(p -> p.issue().id()).toList();
    long repositories = ids.stream().map(io.hfmine.analyzers.issues.IssueId::repository).distinct().count();
    if (repositories < settings.ptmThresholdFolds()) {
      return settings.ptmThreshold();
    }
    List<Double> probabilities = new ArrayList<>();
    List<Boolean> answers = new ArrayList<>();
    List<Double> weights = new ArrayList<>();
    for (List<String> held : CrossValidation.folds(ids, settings.ptmThresholdFolds(), THRESHOLD_SEED)) {
      java.util.Set<String> out = java.util.Set.copyOf(held);
      List<double[]> trainX = new ArrayList<>();
      List<Annotation> trainGold = new ArrayList<>();
      List<Integer> test = new ArrayList<>();
      for (int i = 0; i < x.length; i++) {
        if (out.contains(ids.get(i).repository())) {
          test.add(i);
        } else {
          trainX.add(x[i]);
          trainGold.add(gold.get(i));
        }
      }
      LinearModel fold = fit(trainX.toArray(double[][]::new), trainGold, RELEVANCE);
      if (fold == null) {
        continue;
      }
      for (int i : test) {
        if (gold.get(i).ptmAnnotated()) {
          probabilities.add(fold.probability(x[i], "true"));
          answers.add(gold.get(i).isPtm());
          weights.add(thresholdWeights.applyAsDouble(ids.get(i)));
        }
      }
    }
    boolean[] positive = new boolean[answers.size()];
    for (int i = 0; i < positive.length; i++) {
      positive[i] = answers.get(i);
    }
    return ThresholdChoice.bestF1(probabilities.stream().mapToDouble(Double::doubleValue).toArray(), positive,
        weights.stream().mapToDouble(Double::doubleValue).toArray(), settings.ptmThreshold());
  }

  /** The feature block a knowledge feature belongs to (see {@link ClassifierSettings#BLOCKS}). */
  static String block(String knowledgeName) {
    return knowledgeName.startsWith("cues:") || knowledgeName.startsWith("type:") ? "cues"
        : knowledgeName.startsWith(IssueEmbedding.PROTOTYPE) ? "prototypes" : knowledgeName.startsWith(IssueFeatures.REGION)
        ? "regions" : "evidence";
  }

  // A regression that must not read a block is trained with it zeroed: its weights there stay 0,
  // so the stored model ignores the block whatever the input holds.
  private static double[][] masked(double[][] x, FeatureSpace space, List<String> inputs) {
    if (inputs.containsAll(ClassifierSettings.BLOCKS)) {
      return x;
    }
    int words = space.vocabulary().dimensions();
    int embedding = space.embeddingDimensions();
    double[][] copy = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      copy[i] = x[i].clone();
      if (!inputs.contains("words")) {
        java.util.Arrays.fill(copy[i], 0, words, 0);
      }
      if (!inputs.contains("embedding")) {
        java.util.Arrays.fill(copy[i], words, words + embedding, 0);
      }
      List<String> names = space.knowledgeNames();
      for (int k = 0; k < names.size(); k++) {
        String name = names.get(k);
        if (!inputs.contains(block(name))) {
          copy[i][words + embedding + k] = 0;
        }
      }
    }
    return copy;
  }

  // One regression over the examples whose target is known, with the classes that have enough
  // examples; null when fewer than two classes qualify.
  private LinearModel fit(double[][] x, List<Annotation> gold, Function<Annotation, String> target) {
    Map<String, Integer> counts = new TreeMap<>();
    for (Annotation annotation : gold) {
      String value = target.apply(annotation);
      if (value != null) {
        counts.merge(value, 1, Integer::sum);
      }
    }
    List<String> classes = new ArrayList<>();
    counts.forEach((value, count) -> {
      if (count >= settings.minPositives()) {
        classes.add(value);
      }
    });
    if (classes.size() < 2) {
      return null;
    }
    List<double[]> rows = new ArrayList<>();
    List<Integer> labels = new ArrayList<>();
    for (int i = 0; i < gold.size(); i++) {
      int label = classes.indexOf(target.apply(gold.get(i)));
      if (label >= 0) {
        rows.add(x[i]);
        labels.add(label);
      }
    }
    double[][] rx = rows.toArray(double[][]::new);
    int[] ry = labels.stream().mapToInt(Integer::intValue).toArray();
    LogisticRegression.Options options = new LogisticRegression.Options(settings.lambda(), TOLERANCE, settings.maxIterations());
    LinearModel model;
    LogisticRegression fitted;
    if (classes.size() == 2) {
      LogisticRegression.Binomial binomial = LogisticRegression.binomial(rx, ry, options);
      model = LinearModel.of(binomial, classes.get(0), classes.get(1));
      fitted = binomial;
    } else {
      LogisticRegression.Multinomial multinomial = LogisticRegression.multinomial(rx, ry, options);
      model = LinearModel.of(multinomial, classes);
      fitted = multinomial;
    }
    verify(model, fitted, rx, classes);
    return model;
  }

  // The plain-number model must give Smile's own posteriors; a Smile release that changed its
  // coefficient layout would otherwise ship a silently wrong model.
  private static void verify(LinearModel model, LogisticRegression fitted, double[][] x, List<String> classes) {
    Map<String, Integer> index = new LinkedHashMap<>();
    for (int c = 0; c < model.classes().size(); c++) {
      index.put(model.classes().get(c), c);
    }
    for (int i = 0; i < Math.min(5, x.length); i++) {
      double[] expected = new double[classes.size()];
      fitted.predict(x[i], expected);
      double[] actual = model.probabilities(x[i]);
      for (int c = 0; c < classes.size(); c++) {
        if (Math.abs(expected[c] - actual[index.get(classes.get(c))]) > 1e-6) {
          throw new IllegalStateException("the exported regression disagrees with Smile's for class " + classes.get(c)
              + ": " + actual[index.get(classes.get(c))] + " vs " + expected[c]);
        }
      }
    }
  }
}
