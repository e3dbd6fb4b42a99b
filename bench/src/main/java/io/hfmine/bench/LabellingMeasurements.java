package io.hfmine.bench;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.StoreKnownModels;
import io.hfmine.analyzers.issues.agreement.AgreementReport;
import io.hfmine.analyzers.issues.agreement.AgreementStudy;
import io.hfmine.analyzers.issues.agreement.CohenKappa;
import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.classifier.ClassifierTraining;
import io.hfmine.analyzers.issues.classifier.CrossValidation;
import io.hfmine.analyzers.issues.classifier.IssueClassifierModel;
import io.hfmine.analyzers.issues.classifier.IssueFeatures;
import io.hfmine.analyzers.issues.classifier.IssuePreparation;
import io.hfmine.analyzers.issues.classifier.PreparedIssue;
import io.hfmine.analyzers.issues.context.ProjectContext;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.context.StoreProjectFacts;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.HeadlineFigure;
import io.hfmine.analyzers.issues.evaluation.LabelledSet;
import io.hfmine.analyzers.issues.evaluation.MethodEvaluation;
import io.hfmine.analyzers.issues.evaluation.StratifiedRelevance;
import io.hfmine.analyzers.issues.rules.RuleLabeller;
import io.hfmine.analyzers.issues.rules.TypeRules;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.IssueOpening;
import io.hfmine.analyzers.issues.text.UnspacedScriptWords;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.cache.CachingEmbedder;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.finetune.training.FineTuneSettings;
import io.hfmine.finetune.training.FineTunedClassifier;
import io.hfmine.finetune.training.IssueFineTuner;
import io.hfmine.finetune.training.LabelledText;
import io.hfmine.finetune.training.TextPrediction;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** The measurements {@link IssueLabellingBenchmark} prints, on a store holding the real issues. */
final class LabellingMeasurements {
  private static final long SEED = 1;

  private final Store store;
  private final IssueSettings settings;
  private final boolean embeddings;
  private final PrintStream out;
  private final Taxonomy taxonomy;
  private final LabelledSet set;
  private final List<LabelledSet.Entry> manifest;
  private final List<Annotation> gold;
  private final Map<IssueId, LabelledSet.Part> parts = new HashMap<>();
  private final Map<IssueId, Integer> rounds = new HashMap<>();
  private final Map<IssueId, String> strata = new HashMap<>();
  private boolean thresholdByStrata;
  private java.util.function.ToDoubleFunction<IssueId> stratumWeightsCache;
  private Map<IssueId, String> prescreened;
  private final Map<IssueId, IssueText> texts = new HashMap<>();
  private final Map<OnnxEmbedder.Build, ClassifierTraining.Inputs> classifierInputs = new java.util.EnumMap<>(
      OnnxEmbedder.Build.class);
  private RuleLabeller rules;

  private final Path embeddingCache;
  private final Config config;
  private final Map<OnnxEmbedder.Build, io.hfmine.analyzers.text.embedding.SentenceEmbedder> embedders =
      new java.util.EnumMap<>(OnnxEmbedder.Build.class);
  private final List<FileEmbeddingCache> caches = new ArrayList<>();

  /**
   * @param config the study configuration: its {@code issues} section is {@code settings}, and the
   *     llm method reads its {@code llm-client} and {@code http} sections
   * @param embeddingCache a file that keeps embeddings between runs (one per encoder, its id appended), or null
   */
  LabellingMeasurements(Store store, Config config, IssueSettings settings, boolean embeddings, Path embeddingCache,
      PrintStream out) {
    this.config = config;
    this.store = store;
    this.embeddingCache = embeddingCache;
    this.settings = settings;
    this.embeddings = embeddings;
    this.out = out;
    this.taxonomy = settings.loadTaxonomy();
    this.set = LabelledSet.shipped();
    set.validate(taxonomy);
    this.manifest = set.manifest();
    this.gold = set.gold(taxonomy);
    manifest.forEach(entry -> parts.put(entry.id(), entry.part()));
    manifest.forEach(entry -> rounds.put(entry.id(), entry.round()));
    manifest.forEach(entry -> strata.put(entry.id(), entry.stratum()));
    IssueRecords.read(store, null).forEach(issue -> texts.put(issue.id(), issue));
    List<IssueId> missing = gold.stream().map(Annotation::issue).filter(id -> !texts.containsKey(id)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalStateException(missing.size() + " issues of the labelled set are not among the imported issues, e.g. "
          + missing.get(0));
    }
  }

  void describeSet() {
    out.printf("labelled set: %d issues of %d repositories (%s)%n", gold.size(),
        manifest.stream().map(e -> e.id().repository()).distinct().count(), set.origin());
    Map<IssueId, Integer> roundOf = new HashMap<>();
    manifest.forEach(e -> roundOf.put(e.id(), e.round()));
    for (LabelledSet.Round round : set.rounds()) {
      List<Annotation> in = gold.stream().filter(a -> roundOf.get(a.issue()) == round.number()).toList();
      out.printf("  round %d (annotators %s): %3d issues, %3d PTM-related; tuning %d, held-out %d%n", round.number(),
          String.join(" and ", round.annotators()), in.size(), in.stream().filter(Annotation::isPtm).count(),
          in.stream().filter(a -> parts.get(a.issue()) == LabelledSet.Part.TUNING).count(),
          in.stream().filter(a -> parts.get(a.issue()) == LabelledSet.Part.HELD_OUT).count());
    }
    for (LabelledSet.Part part : LabelledSet.Part.values()) {
      List<Annotation> in = part(part);
      out.printf("  %-9s %3d issues, %3d PTM-related, %3d repositories%n", part.key(), in.size(),
          in.stream().filter(a -> a.isPtm()).count(), in.stream().map(a -> a.issue().repository()).distinct().count());
    }
    Map<String, int[]> byStratum = new TreeMap<>();
    for (Annotation a : gold) {
      int[] counts = byStratum.computeIfAbsent(strata.get(a.issue()), k -> new int[2]);
      counts[0]++;
      counts[1] += a.isPtm() ? 1 : 0;
    }
    byStratum.forEach((name, counts) -> out.printf("  stratum %s: %d issues, %d PTM-related (%.1f %%)%n", name, counts[0],
        counts[1], 100.0 * counts[1] / counts[0]));
    List<Annotation> unspaced = gold.stream().filter(a -> mostlyUnspaced(texts.get(a.issue()))).toList();
    out.printf("  written mostly in Chinese or Japanese: %d issues, %d PTM-related; tuning %d, held-out %d%n",
        unspaced.size(), unspaced.stream().filter(Annotation::isPtm).count(),
        unspaced.stream().filter(a -> parts.get(a.issue()) == LabelledSet.Part.TUNING).count(),
        unspaced.stream().filter(a -> parts.get(a.issue()) == LabelledSet.Part.HELD_OUT).count());
    Map<String, Long> decisions = set.decisions().values().stream()
        .collect(Collectors.groupingBy(d -> d, TreeMap::new, Collectors.counting()));
    out.printf("  gold: %s%n%n", decisions);
  }

  /**
   * Whether an issue's title and body are written mostly in Chinese or Japanese: at least 10
   * characters of those scripts, and more than a fifth of its letters (pasted code and logs are
   * Latin letters even in such an issue).
   */
  static boolean mostlyUnspaced(IssueText issue) {
    String text = issue.title() + " " + (issue.body() == null ? "" : issue.body());
    long letters = text.codePoints().filter(Character::isLetter).count();
    long unspaced = text.codePoints().filter(UnspacedScriptWords::isUnspaced).count();
    return unspaced >= 10 && unspaced * 5 > letters;
  }

  /** Cohen's kappa of each round's two annotators, computed by the project's own agreement code. */
  void agreement() {
    for (LabelledSet.Round round : set.rounds()) {
      agreement(round);
    }
  }

  private void agreement(LabelledSet.Round round) {
    List<Annotation> both = new ArrayList<>();
    for (String annotator : round.annotators()) {
      both.addAll(set.annotator(annotator, taxonomy));
    }
    AgreementReport report = AgreementStudy.run(both, round.annotators(), taxonomy);
    out.printf("round %d: agreement of annotators %s (Cohen's kappa, io.hfmine.analyzers.issues.agreement)%n", round.number(),
        String.join(" and ", round.annotators()));
    for (String label : List.of("ptm", "theme (primary)", "subtheme (primary)", "themes (set)", "subthemes (set)",
        "themes (pooled yes/no)", "type")) {
      report.labels().stream().filter(l -> l.label().equals(label)).findFirst().ifPresent(l ->
          out.printf("  %-24s %4d issues  agree %.3f  kappa %.3f%n", label, l.items(), l.observed(), l.kappa()));
    }
    out.println();
  }

  void evaluate(String method, int folds, boolean tuningOnly, Map<String, String> options) {
    switch (method) {
      case "rules" -> evaluateRules(tuningOnly);
      case "classifier" -> evaluateClassifier(folds, tuningOnly);
      case "llm" -> evaluateLlm(options, tuningOnly);
      case "fine-tuned" -> evaluateFineTuned(options, tuningOnly);
      default -> throw new IllegalArgumentException("unknown method '" + method + "' (rules, classifier, llm, fine-tuned)");
    }
  }

  private void evaluateRules(boolean tuningOnly) {
    Map<IssueId, IssueLabelling> predicted = IssueLabellingBenchmark.label(rules(), issues(gold));
    out.println("method rules (no training: every figure is on issues the rules never learnt from)");
    report("tuning part", part(LabelledSet.Part.TUNING), predicted);
    if (!tuningOnly) {
      report("held-out part", part(LabelledSet.Part.HELD_OUT), predicted);
      reportIntervals(part(LabelledSet.Part.HELD_OUT), predicted);
      reportSubsets(part(LabelledSet.Part.HELD_OUT), predicted);
      report("whole set", gold, predicted);
    }
    out.println();
  }

  private void evaluateClassifier(int folds, boolean tuningOnly) {
    ClassifierTraining.Inputs inputs = classifierInputs();
    TypeRules typeLabels = TypeRules.labelsOnly(settings.typeLabels());
    out.printf("method classifier (%s)%n", inputs.trainer() == null ? "" : embeddings
        ? "TF-IDF + " + settings.classifier().encoderBuild().displayName() + " embeddings + taxonomy cues + project context" : "TF-IDF + taxonomy cues + project context");
    Selection tuning = select(inputs, LabelledSet.Part.TUNING);
    Map<IssueId, IssueLabelling> cv = CrossValidation.predict(trainer(inputs.trainer()), taxonomy, tuning.issues, tuning.gold, folds,
        SEED, typeLabels, Progress.NONE);
    report(folds + "-fold CV by repository, tuning part", tuning.gold, cv);
    reportWeighted(tuning.gold, cv);
    if (tuningOnly) {
      out.println();
      return;
    }
    Map<IssueId, IssueLabelling> cvAll = CrossValidation.predict(trainer(inputs.trainer()), taxonomy, inputs.issues(), inputs.gold(),
        folds, SEED, typeLabels, Progress.NONE);
    report(folds + "-fold CV by repository, whole set", inputs.gold(), cvAll);
    IssueClassifierModel model = trainer(inputs.trainer()).train(tuning.issues, tuning.gold, null);
    Selection held = select(inputs, LabelledSet.Part.HELD_OUT);
    Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
    for (PreparedIssue issue : held.issues) {
      predicted.put(issue.issue().id(), ClassifierLabeller.label(model, taxonomy, issue, typeLabels));
    }
    report("held-out part, trained on the tuning part", held.gold, predicted);
    reportIntervals(held.gold, predicted);
    reportSubsets(held.gold, predicted);
    out.println();
  }

  /**
   * The encoder itself fine-tuned on the tuning part (every layer, with a relevance and a theme
   * output), scored on the held-out part like the other methods. It reads each issue's title and
   * the opening of its body (as the classifier's embedding does), nothing of the project, and gives
   * one theme and no sub-theme or type, so only the relevance and theme columns mean anything.
   * No cross-validation: each training run takes the CPU for tens of minutes.
   */
  private void evaluateFineTuned(Map<String, String> options, boolean tuningOnly) {
    FineTuneSettings fineTune = FineTuneSettings.defaults().with(options.getOrDefault("fine-tune", ""));
    String inputs = options.getOrDefault("fine-tune-inputs", "text");
    if (!inputs.equals("text") && !inputs.equals("text+knowledge")) {
      throw new IllegalArgumentException("--fine-tune-inputs must be text or text+knowledge, got '" + inputs + "'");
    }
    Map<IssueId, double[]> knowledge = inputs.equals("text") ? Map.of() : knowledgeFeatures();
    List<String> themes = taxonomy.themeCodes();
    IssueOpening opening = new IssueOpening(settings.rules().weights(), settings.classifier().embeddingChars());
    out.printf("method fine-tuned (%s, every layer; reads %s; %s)%n", IssueFineTuner.encoderName(),
        inputs.equals("text") ? "the title and opening" : "the title and opening, and the classifier's knowledge features",
        fineTune);
    if (tuningOnly) {
      out.println("  (no tuning-part figures: it is trained on the tuning part)");
      out.println();
      return;
    }
    List<LabelledText> training = new ArrayList<>();
    for (Annotation annotation : part(LabelledSet.Part.TUNING)) {
      if (!annotation.ptmAnnotated()) {
        continue;
      }
      List<Integer> indices = annotation.isPtm() && annotation.themesAnnotated()
          ? annotation.themes().stream().map(themes::indexOf).filter(i -> i >= 0).toList() : List.of();
      training.add(new LabelledText(annotation.issue().toString(), annotation.issue().repository(),
          fineTuneText(annotation.issue(), opening), annotation.isPtm(), indices, featuresOf(annotation.issue(), knowledge)));
    }
    List<Annotation> held = part(LabelledSet.Part.HELD_OUT);
    long start = System.nanoTime();
    try (FineTunedClassifier model = new IssueFineTuner(fineTune).train(training, themes.size(), System.err::println)) {
      System.err.printf("fine-tuned in %.0f s%n", (System.nanoTime() - start) / 1e9);
      List<TextPrediction> predictions = model.predict(held.stream().map(a -> fineTuneText(a.issue(), opening)).toList(),
          held.stream().map(a -> featuresOf(a.issue(), knowledge)).toList());
      Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
      for (int i = 0; i < held.size(); i++) {
        TextPrediction prediction = predictions.get(i);
        String theme = themes.get(prediction.primaryTheme());
        predicted.put(held.get(i).issue(), new IssueLabelling(held.get(i).issue(),
            new ScoredCode(Boolean.toString(prediction.ptm()), prediction.ptmProbability(), "fine-tuned encoder"),
            List.of(new ScoredCode(theme, prediction.themeProbabilities()[prediction.primaryTheme()], "fine-tuned encoder")),
            List.of(), new ScoredCode("other", 0, "not predicted")));
      }
      out.printf("  PTM threshold %.2f (chosen on the tuning issues kept out of training)%n", model.threshold());
      report("held-out part, trained on the tuning part", held, predicted);
      reportIntervals(held, predicted);
      reportSubsets(held, predicted);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
    out.println();
  }

  /** Each labelled issue's knowledge features, as the classifier computes them (cues, evidence, project context). */
  private Map<IssueId, double[]> knowledgeFeatures() {
    ClassifierTraining.Inputs inputs = classifierInputs();
    Map<IssueId, double[]> features = new HashMap<>();
    for (int i = 0; i < inputs.issues().size(); i++) {
      features.put(inputs.gold().get(i).issue(), inputs.issues().get(i).knowledge());
    }
    return features;
  }

  /** The issue's knowledge features; none when the fine-tuned method reads the text alone (no features at all). */
  private static double[] featuresOf(IssueId id, Map<IssueId, double[]> knowledge) {
    if (knowledge.isEmpty()) {
      return new double[0];
    }
    double[] features = knowledge.get(id);
    if (features == null) {
      throw new IllegalStateException("the classifier computed no knowledge features for " + id);
    }
    return features;
  }

  /** The issue's title, then the opening of its body: what the fine-tuned encoder reads. */
  private String fineTuneText(IssueId id, IssueOpening opening) {
    IssueText issue = texts.get(id);
    IssueDocument document = IssueDocument.of(issue, contexts().of(id.repository()).template());
    return issue.title() + "\n" + opening.of(document);
  }

  /**
   * For tuning: the classifier's cross-validated figures on the tuning part for each variant of
   * its settings ({@code key=value,...;key=value,...}, keys as in issues.classifier), features
   * computed once.
   */
  void tuneClassifier(String variants, int folds, int seeds, Path errors, boolean baseline) {
    ClassifierTraining.Inputs inputs = classifierInputs();
    Selection configured = select(inputs, LabelledSet.Part.TUNING);
    Selection tuning = configured;
    int at = tuning.issues.get(0).knowledge().length == 0 ? -1
        : new IssueFeatures(taxonomy, settings.rules(), new StoreKnownModels(store)).knowledgeNames().indexOf("rules:ptm-score");
    Map<IssueId, IssueLabelling> byScore = new LinkedHashMap<>();
    for (PreparedIssue p : tuning.issues) {
      boolean yes = p.knowledge()[at] >= Math.log(2) - 1e-9;
      byScore.put(p.issue().id(), new IssueLabelling(p.issue().id(), new io.hfmine.analyzers.issues.ScoredCode(
          Boolean.toString(yes), 1, ""), List.of(), List.of(), null));
    }
    report("rules score >= threshold (check)", tuning.gold, byScore);
    if (baseline) {
      crossValidate("configured settings", trainer(inputs.trainer()), tuning, folds, seeds, id -> true);
    }
    if (errors != null) {
      TuningErrors.write(errors, taxonomy, tuning.gold, CrossValidation.predict(trainer(inputs.trainer()), taxonomy, tuning.issues,
          tuning.gold, folds, SEED, TypeRules.labelsOnly(settings.typeLabels()), Progress.NONE),
          id -> mostlyUnspaced(texts.get(id)), out);
    }
    com.fasterxml.jackson.databind.ObjectMapper json = new com.fasterxml.jackson.databind.ObjectMapper()
        .setPropertyNamingStrategy(com.fasterxml.jackson.databind.PropertyNamingStrategies.KEBAB_CASE);
    for (String variant : variants.split(";")) {
      com.fasterxml.jackson.databind.node.ObjectNode node = json.valueToTree(settings.classifier());
      double[] pseudo = null;
      java.util.function.Predicate<IssueId> trainOn = id -> true;
      boolean weighted = thresholdByStrata;
      for (String pair : variant.split(",")) {
        String[] kv = pair.split("=", 2);
        if (kv[0].strip().equals("train-fraction")) {
          trainOn = fraction(Double.parseDouble(kv[1].strip()));
          continue;
        }
        if (kv[0].strip().equals("threshold-weights")) {
          weighted = switch (kv[1].strip()) {
            case "strata" -> true;
            case "none" -> false;
            default -> throw new IllegalArgumentException("threshold-weights is strata or none, got " + kv[1].strip());
          };
          continue;
        }
        if (kv[0].strip().equals("pseudo")) {
          pseudo = java.util.Arrays.stream(kv[1].strip().split("/")).mapToDouble(Double::parseDouble).toArray();
          continue;
        }
        if (kv[0].strip().endsWith("-inputs")) {
          com.fasterxml.jackson.databind.node.ArrayNode blocks = node.putArray(kv[0].strip());
          for (String block : kv[1].strip().split("\\+")) {
            blocks.add(block);
          }
        } else {
          node.put(kv[0].strip(), kv[1].strip());
        }
      }
      io.hfmine.analyzers.issues.classifier.ClassifierSettings changed =
          json.convertValue(node, io.hfmine.analyzers.issues.classifier.ClassifierSettings.class);
      System.err.println(variant + " -> " + changed);
      // Another encoder means other embeddings and prototype cosines: the features are computed again for it.
      tuning = !embeddings || changed.encoderBuild() == settings.classifier().encoderBuild() ? configured
          : select(classifierInputs(changed.encoderBuild()), LabelledSet.Part.TUNING);
      io.hfmine.analyzers.issues.classifier.ClassifierTrainer trainer = new io.hfmine.analyzers.issues.classifier.ClassifierTrainer(
          settings.taxonomyText(), settings.rules(), settings.projectContext(), changed,
          IssuePreparation.knowledgeNames(new IssueFeatures(taxonomy, settings.rules(), new StoreKnownModels(store)),
              embeddings),
          embeddings ? embedder(changed.encoderBuild()).name() : null);
      if (weighted) {
        trainer = trainer.weighingThresholdBy(stratumWeights());
      }
      if (pseudo == null) {
        crossValidate(variant, trainer, tuning, folds, seeds, trainOn);
      } else {
        selfTrainedCrossValidation(variant, trainer, tuning, pool(changed.encoderBuild()), folds, seeds, pseudo);
      }
    }
  }

  /**
   * Experiment (bench only): self-training. In each fold the model trained on the fold's training
   * issues labels the unlabelled issues of the fold's training repositories (tuning part only, never
   * a held-out or a test repository); those it is sure of join the training set with its labels
   * (PTM-related from P(ptm) >= pseudo[0], with their theme from P >= pseudo[2]; not PTM-related
   * below pseudo[1]), and the model is trained again.
   */
  private void selfTrainedCrossValidation(String variant, io.hfmine.analyzers.issues.classifier.ClassifierTrainer trainer,
      Selection tuning, List<PreparedIssue> pool, int folds, int seeds, double[] pseudo) {
    double[] sums = new double[4];
    TypeRules typeLabels = TypeRules.labelsOnly(settings.typeLabels());
    for (long seed = SEED; seed < SEED + seeds; seed++) {
      List<List<String>> assigned = CrossValidation.folds(tuning.issues.stream().map(p -> p.issue().id()).toList(), folds, seed);
      Map<IssueId, IssueLabelling> predicted = new LinkedHashMap<>();
      int added = 0;
      for (List<String> held : assigned) {
        List<PreparedIssue> trainIssues = new ArrayList<>();
        List<Annotation> trainGold = new ArrayList<>();
        List<PreparedIssue> test = new ArrayList<>();
        for (int i = 0; i < tuning.issues.size(); i++) {
          if (held.contains(tuning.issues.get(i).issue().id().repository())) {
            test.add(tuning.issues.get(i));
          } else {
            trainIssues.add(tuning.issues.get(i));
            trainGold.add(tuning.gold.get(i));
          }
        }
        IssueClassifierModel first = trainer.train(trainIssues, trainGold, null);
        for (PreparedIssue unlabelled : pool) {
          if (held.contains(unlabelled.issue().id().repository())) {
            continue;
          }
          IssueLabelling guess = ClassifierLabeller.label(first, taxonomy, unlabelled, typeLabels);
          double pPtm = guess.isPtm() ? guess.ptm().confidence() : 1 - guess.ptm().confidence();
          Annotation label = null;
          if (pPtm >= pseudo[0]) {
            boolean sure = !guess.themes().isEmpty() && guess.themes().get(0).confidence() >= pseudo[2];
            label = new Annotation(unlabelled.issue().id(), "pseudo", true, sure ? List.of(guess.themes().get(0).code()) : null,
                null, null);
          } else if (pPtm <= pseudo[1]) {
            label = new Annotation(unlabelled.issue().id(), "pseudo", false, List.of(), List.of(), null);
          }
          if (label != null) {
            trainIssues.add(unlabelled);
            trainGold.add(label);
            added++;
          }
        }
        IssueClassifierModel model = trainer.train(trainIssues, trainGold, null);
        for (PreparedIssue issue : test) {
          predicted.put(issue.issue().id(), ClassifierLabeller.label(model, taxonomy, issue, typeLabels));
        }
      }
      EvaluationReport figures = report(variant + " (seed " + seed + ", " + added / folds + " pseudo per fold)", tuning.gold,
          predicted);
      sums[0] += figures.ptm().f1();
      sums[1] += figures.themeAccuracy();
      sums[2] += figures.themeMacroF1();
      sums[3] += figures.subThemeAccuracy();
    }
    out.printf("  %-46s mean of %d seeds: PTM F1 %.3f | theme acc %.3f macro-F1 %.3f | sub-theme acc %.3f%n", variant, seeds,
        sums[0] / seeds, sums[1] / seeds, sums[2] / seeds, sums[3] / seeds);
  }

  private final Map<OnnxEmbedder.Build, List<PreparedIssue>> pools = new java.util.EnumMap<>(OnnxEmbedder.Build.class);

  /** Up to 8 unlabelled issues of each tuning repository (seeded), prepared with the encoder. */
  private List<PreparedIssue> pool(OnnxEmbedder.Build encoder) {
    return pools.computeIfAbsent(encoder, build -> {
      java.util.Set<String> tuningRepositories = new java.util.TreeSet<>();
      manifest.stream().filter(e -> e.part() == LabelledSet.Part.TUNING).forEach(e -> tuningRepositories.add(e.id().repository()));
      java.util.Set<IssueId> labelled = new java.util.HashSet<>();
      manifest.forEach(e -> labelled.add(e.id()));
      List<IssueText> chosen = new ArrayList<>();
      Random random = new Random(SEED);
      for (String repository : tuningRepositories) {
        List<IssueText> candidates = new ArrayList<>(IssueRecords.read(store, repository).stream()
            .filter(i -> !labelled.contains(i.id())).toList());
        Collections.shuffle(candidates, random);
        chosen.addAll(candidates.subList(0, Math.min(8, candidates.size())));
      }
      long start = System.nanoTime();
      List<PreparedIssue> prepared = new IssuePreparation(new IssueFeatures(taxonomy, settings.rules(), new StoreKnownModels(store)),
          contexts(), embeddings ? embedder(build) : null, settings.classifier().embeddingChars()).prepare(chosen);
      saveEmbeddings();
      System.err.printf("unlabelled pool: %d issues of %d tuning repositories prepared (%s) in %.0f s%n", prepared.size(),
          tuningRepositories.size(), build.id(), (System.nanoTime() - start) / 1e9);
      return prepared;
    });
  }

  /**
   * A fixed share of the labelled issues, the same for every fold assignment and variant: a
   * learning curve's training sets ({@code train-fraction=0.5} trains each fold on about half of
   * its training issues).
   */
  private static java.util.function.Predicate<IssueId> fraction(double share) {
    if (!(share > 0 && share <= 1)) {
      throw new IllegalArgumentException("train-fraction must be in (0, 1], got " + share);
    }
    return id -> Long.parseLong(io.hfmine.datasets.hashing.Hashes.sha256("train-fraction:" + id).substring(0, 8), 16)
        < share * 0x1_0000_0000L;
  }

  /**
   * Cross-validated figures of one variant; with several seeds, each seed's fold assignment in turn
   * and then the mean, since with a hundred-odd PTM-related issues one assignment of repositories
   * to folds moves accuracy by a few hundredths on its own.
   */
  private void crossValidate(String variant, io.hfmine.analyzers.issues.classifier.ClassifierTrainer trainer, Selection tuning,
      int folds, int seeds, java.util.function.Predicate<IssueId> trainOn) {
    double[] sums = new double[4];
    for (long seed = SEED; seed < SEED + seeds; seed++) {
      Map<IssueId, IssueLabelling> cv = CrossValidation.predict(trainer, taxonomy, tuning.issues, tuning.gold, folds, seed,
          TypeRules.labelsOnly(settings.typeLabels()), Progress.NONE, trainOn);
      EvaluationReport figures = report(seeds == 1 ? variant : variant + " (seed " + seed + ")", tuning.gold, cv);
      reportWeighted(tuning.gold, cv);
      sums[0] += figures.ptm().f1();
      sums[1] += figures.themeAccuracy();
      sums[2] += figures.themeMacroF1();
      sums[3] += figures.subThemeAccuracy();
    }
    if (seeds > 1) {
      out.printf("  %-46s mean of %d seeds: PTM F1 %.3f | theme acc %.3f macro-F1 %.3f | sub-theme acc %.3f%n", variant, seeds,
          sums[0] / seeds, sums[1] / seeds, sums[2] / seeds, sums[3] / seeds);
    }
  }

  private void evaluateLlm(Map<String, String> options, boolean tuningOnly) {
    Optional<LlmMethodRun> given = LlmMethodRun.from(options, config, store, taxonomy, settings);
    if (given.isEmpty()) {
      out.println("method llm: skipped (give --llm-endpoint URL --llm-model NAME of an OpenAI-compatible server)\n");
      return;
    }
    try (LlmMethodRun llm = given.get()) {
      List<Annotation> scored = tuningOnly ? part(LabelledSet.Part.TUNING) : part(LabelledSet.Part.HELD_OUT);
      LlmMethodRun.Labelled labelled = llm.label(issues(scored), tuningOnly ? "tuning part" : "held-out part");
      Map<IssueId, IssueLabelling> predicted = labelled.predicted();
      List<Annotation> answered = scored.stream().filter(a -> predicted.containsKey(a.issue())).toList();
      out.printf("method llm (%s), %d issues not labelled%n", llm.describe(), labelled.failures().count());
      labelled.failures().print(out);
      report(tuningOnly ? "tuning part" : "held-out part", answered, predicted);
      if (!tuningOnly && !answered.isEmpty()) {
        reportIntervals(answered, predicted);
        reportSubsets(answered, predicted);
      }
      List<String> human = answered.stream().map(a -> Boolean.toString(a.isPtm())).toList();
      List<String> machine = answered.stream().map(a -> Boolean.toString(predicted.get(a.issue()).isPtm())).toList();
      out.printf("  Cohen's kappa with gold on PTM relevance: %.3f (%d issues)%n", CohenKappa.of(human, machine),
          answered.size());
      // Read like the annotators' theme kappa: the primary theme, on the issues both call PTM-related.
      List<Annotation> bothPtm = answered.stream().filter(a -> a.isPtm() && a.themesAnnotated() && !a.themeList().isEmpty()
          && predicted.get(a.issue()).isPtm() && predicted.get(a.issue()).primaryTheme() != null).toList();
      out.printf("  Cohen's kappa with gold on the primary theme: %.3f (%d issues both call PTM-related)%n%n",
          bothPtm.isEmpty() ? Double.NaN : CohenKappa.of(bothPtm.stream().map(Annotation::primaryTheme).toList(),
              bothPtm.stream().map(a -> predicted.get(a.issue()).primaryTheme()).toList()), bothPtm.size());
    }
  }

  /**
   * For tuning: the rules' evidence on every labelled issue (tab-separated, one issue a line, with
   * its part and gold labels), so weights can be studied on the tuning part without rerunning.
   */
  void dumpEvidence(Path file) throws java.io.IOException {
    io.hfmine.analyzers.issues.rules.RelevanceRule relevance = rules().relevance();
    io.hfmine.analyzers.issues.rules.ThemeRules themes = new io.hfmine.analyzers.issues.rules.ThemeRules(taxonomy,
        settings.rules());
    List<String> lines = new ArrayList<>();
    StringBuilder header = new StringBuilder("id\tpart\tgold_ptm\tgold_themes\tgold_subthemes\treuse\tstrong_share");
    for (io.hfmine.analyzers.issues.taxonomy.EvidenceKind kind : io.hfmine.analyzers.issues.taxonomy.EvidenceKind.values()) {
      header.append('\t').append(kind.key());
    }
    header.append("\tscore\tsubthemes\thits");
    lines.add(header.toString());
    for (Annotation a : gold) {
      IssueText issue = texts.get(a.issue());
      ProjectContext project = contexts().of(issue.id().repository());
      io.hfmine.analyzers.issues.text.IssueDocument document =
          io.hfmine.analyzers.issues.text.IssueDocument.of(issue, project.template());
      var assessment = relevance.assess(document, project);
      StringBuilder line = new StringBuilder();
      line.append(a.issue()).append('\t').append(parts.get(a.issue()).key()).append('\t').append(a.isPtm())
          .append('\t').append(String.join(";", a.themeList())).append('\t').append(String.join(";", a.subThemeList()))
          .append('\t').append(project.reuse().key()).append('\t').append(String.format("%.4f", project.strongShare()));
      List<String> hits = new ArrayList<>();
      for (io.hfmine.analyzers.issues.taxonomy.EvidenceKind kind : io.hfmine.analyzers.issues.taxonomy.EvidenceKind.values()) {
        var found = assessment.evidence().getOrDefault(kind, List.of());
        line.append('\t').append(String.format("%.3f", io.hfmine.analyzers.issues.rules.CueSet.score(found)));
        found.forEach(h -> hits.add(kind.key() + ":" + h.describe().replace('\t', ' ')));
      }
      line.append('\t').append(String.format("%.3f", assessment.score()));
      line.append('\t').append(themes.scores(document).stream().map(c -> c.code() + "=" + String.format("%.2f", c.confidence()))
          .collect(Collectors.joining(";")));
      line.append('\t').append(String.join(" | ", hits));
      lines.add(line.toString());
    }
    Files.write(file, lines);
  }

  /** The share of whole repositories each method calls PTM-related, with a sample to read. */
  void projectShares(List<String> methods, List<String> projects, int sample, Map<String, String> options) {
    out.println("share of each whole repository labelled PTM-related (all its issues in the real set)");
    out.printf("  %-26s %7s %9s %-9s", "repository", "issues", "strong %", "context");
    Map<String, IssueLabeller> labellers = new LinkedHashMap<>();
    for (String method : methods) {
      if (method.equals("rules")) {
        labellers.put(method, rules());
      } else if (method.equals("classifier")) {
        labellers.put(method, classifierOnWholeSet());
      }
    }
    // The llm method labels whole repositories only when they are named: the default eight hold
    // 7,244 issues, hours of a local model that a run for the held-out figures did not ask for.
    Optional<LlmMethodRun> llm = methods.contains("llm") && options.containsKey("projects")
        ? LlmMethodRun.from(options, config, store, taxonomy, settings) : Optional.empty();
    try {
      projectShares(labellers, llm.orElse(null), projects, sample);
    } finally {
      llm.ifPresent(LlmMethodRun::close);
    }
  }

  private void projectShares(Map<String, IssueLabeller> labellers, LlmMethodRun llm, List<String> projects, int sample) {
    labellers.keySet().forEach(m -> out.printf(" %11s", m));
    if (llm != null) {
      out.printf(" %11s", "llm");
    }
    out.printf(" %14s%n", "gold sample");
    Random random = new Random(SEED);
    for (String project : projects) {
      List<IssueText> issues = IssueRecords.read(store, project);
      if (issues.isEmpty()) {
        out.printf("  %-26s not in the store%n", project);
        continue;
      }
      ProjectContext context = contexts().of(project);
      out.printf("  %-26s %7d %8.1f%% %-9s", project, issues.size(), 100 * context.strongShare(), context.reuse().key());
      Map<String, List<IssueText>> ptmByMethod = new LinkedHashMap<>();
      for (Map.Entry<String, IssueLabeller> labeller : labellers.entrySet()) {
        Map<IssueId, IssueLabelling> labelled = IssueLabellingBenchmark.label(labeller.getValue(), issues);
        List<IssueText> ptm = issues.stream().filter(i -> labelled.get(i.id()).isPtm()).toList();
        ptmByMethod.put(labeller.getKey(), ptm);
        out.printf(" %10.1f%%", 100.0 * ptm.size() / issues.size());
      }
      LlmFailures llmFailures = null;
      if (llm != null) {
        LlmMethodRun.Labelled labelled = llm.label(issues, project);
        llmFailures = labelled.failures();
        List<IssueText> ptm = issues.stream().filter(i -> labelled.predicted().containsKey(i.id())
            && labelled.predicted().get(i.id()).isPtm()).toList();
        ptmByMethod.put("llm", ptm);
        // Of the issues it labelled: one it could not label is counted below, not taken as "not PTM-related".
        out.printf(" %10.1f%%", 100.0 * ptm.size() / Math.max(1, labelled.predicted().size()));
      }
      saveEmbeddings();
      List<Annotation> inSet = gold.stream().filter(a -> a.issue().repository().equals(project)).toList();
      out.printf(" %6d of %3d%n", inSet.stream().filter(Annotation::isPtm).count(), inSet.size());
      if (llmFailures != null && llmFailures.count() > 0) {
        out.printf("    llm: %d issue(s) not labelled, left out of its share%n", llmFailures.count());
        llmFailures.print(out);
      }
      if (sample > 0) {
        ptmByMethod.forEach((method, ptm) -> {
          List<IssueText> shuffled = new ArrayList<>(ptm);
          Collections.shuffle(shuffled, random);
          for (IssueText issue : shuffled.subList(0, Math.min(sample, shuffled.size()))) {
            System.err.printf("    [%s] %s  %s%n", method, issue.id(), issue.title());
          }
        });
      }
    }
    out.println();
  }

  /**
   * Embeds, into the embedding cache, the issues a later run will embed: every issue of the given
   * repositories and the issues named in a manifest (CSV with an {@code id} column). Reads no label.
   */
  void warmEmbeddings(List<String> projects, Path manifestFile) throws java.io.IOException {
    List<IssueText> issues = new ArrayList<>();
    projects.forEach(project -> issues.addAll(IssueRecords.read(store, project)));
    if (manifestFile != null) {
      for (io.hfmine.datasets.csv.CsvTable.Row row : io.hfmine.datasets.csv.CsvTable.parse(Files.readString(manifestFile),
          manifestFile.toString(), io.hfmine.datasets.csv.CsvTable.Width.EXACT)) {
        IssueText issue = texts.get(IssueId.parse(row.get("id")));
        if (issue != null) {
          issues.add(issue);
        }
      }
    }
    IssueFeatures features = new IssueFeatures(taxonomy, settings.rules(), new StoreKnownModels(store));
    long start = System.nanoTime();
    for (int from = 0; from < issues.size(); from += 256) {
      new IssuePreparation(features, contexts(), embedder(settings.classifier().encoderBuild()),
          settings.classifier().embeddingChars()).prepare(issues.subList(from, Math.min(issues.size(), from + 256)));
      saveEmbeddings();
      System.err.printf("embedded %d of %d issues (%s) in %.0f s%n", Math.min(issues.size(), from + 256), issues.size(),
          settings.classifier().encoder(), (System.nanoTime() - start) / 1e9);
    }
  }

  /**
   * What labelling with the classifier costs per encoder: the issues of the given repositories (up to
   * {@code limit}) labelled as {@code issues classify --method classifier} labels them (features,
   * embeddings with no cache, regressions), after the encoder is loaded; CPU time of the whole
   * process (the encoder's worker threads included).
   */
  void measureCost(List<String> projects, int limit, List<OnnxEmbedder.Build> encoders) {
    List<IssueText> issues = new ArrayList<>();
    projects.forEach(project -> issues.addAll(IssueRecords.read(store, project)));
    List<IssueText> measured = issues.subList(0, Math.min(limit, issues.size()));
    com.sun.management.OperatingSystemMXBean os = (com.sun.management.OperatingSystemMXBean)
        java.lang.management.ManagementFactory.getOperatingSystemMXBean();
    IssueFeatures features = new IssueFeatures(taxonomy, settings.rules(), new StoreKnownModels(store));
    out.printf("cost of labelling %d real issues with the classifier (%s), per encoder%n", measured.size(),
        String.join(", ", projects));
    for (OnnxEmbedder.Build encoder : encoders) {
      ClassifierTraining.Inputs inputs = classifierInputs(encoder);
      IssueClassifierModel model = trainer(inputs.trainer()).train(inputs.issues(), inputs.gold(), inputs.provenance());
      OnnxEmbedder embedder = OnnxEmbedder.shared(encoder);
      embedder.embed(List.of("warm-up"));
      ClassifierLabeller labeller = new ClassifierLabeller(model, features, contexts(), embedder, settings.typeLabels());
      long cpu = os.getProcessCpuTime();
      long wall = System.nanoTime();
      IssueLabellingBenchmark.label(labeller, measured);
      double cpuSeconds = (os.getProcessCpuTime() - cpu) / 1e9;
      double wallSeconds = (System.nanoTime() - wall) / 1e9;
      out.printf("  %-22s %6d issues  CPU %7.1f s  wall %7.1f s  %6.1f issues per CPU-second%n", encoder.id(),
          measured.size(), cpuSeconds, wallSeconds, measured.size() / cpuSeconds);
    }
    out.println();
  }

  private IssueClassifierModel wholeSetModel;

  /** The classifier of the configured settings trained on the whole labelled set (the one hfmine ships). */
  private IssueClassifierModel wholeSetModel() {
    if (wholeSetModel == null) {
      ClassifierTraining.Inputs inputs = classifierInputs();
      wholeSetModel = trainer(inputs.trainer()).train(inputs.issues(), inputs.gold(), inputs.provenance());
    }
    return wholeSetModel;
  }

  /** Writes the whole-set classifier in the shipped format (as {@code issues classify --model-out} does). */
  void saveWholeSetModel(Path file) {
    IssueClassifierModel model = wholeSetModel();
    io.hfmine.analyzers.issues.classifier.ClassifierFile.save(model, file);
    System.err.printf("wrote the classifier trained on %d issues (%d PTM-related, labels sha256 %s, threshold %.2f) to %s%n",
        model.provenance().examples(), model.provenance().ptmExamples(), model.provenance().labelsSha256(),
        model.ptmThreshold(), file);
  }

  private IssueLabeller classifierOnWholeSet() {
    IssueClassifierModel model = wholeSetModel();
    IssueFeatures features = new IssueFeatures(taxonomy, settings.rules(), new StoreKnownModels(store));
    return new ClassifierLabeller(model, features, contexts(), embeddings ? embedder(settings.classifier().encoderBuild()) : null,
        settings.typeLabels());
  }

  private ProjectContexts contextsCache;

  private ProjectContexts contexts() {
    if (contextsCache == null) {
      contextsCache = ProjectContexts.of(new ArrayList<>(texts.values()), StoreProjectFacts.read(store,
          settings.projectContext().ptmLibraries()), rules().relevance(), settings.projectContext());
    }
    return contextsCache;
  }

  private RuleLabeller rules() {
    if (rules == null) {
      rules = IssueLabellers.rules(store, settings);
    }
    return rules;
  }

  private ClassifierTraining.Inputs classifierInputs() {
    return classifierInputs(settings.classifier().encoderBuild());
  }

  /** The labelled issues' features, with embeddings of the given encoder. */
  private ClassifierTraining.Inputs classifierInputs(OnnxEmbedder.Build encoder) {
    ClassifierTraining.Inputs inputs = classifierInputs.get(encoder);
    if (inputs == null) {
      try {
        Path directory = Files.createTempDirectory("hfmine-labelled-set");
        Path goldFile = set.copyGold(directory);
        long start = System.nanoTime();
        IssueSettings withEncoder = new IssueSettings(settings.taxonomy(), settings.method(), settings.typeLabels(), settings.rules(),
            settings.projectContext(), settings.classifier().withEncoder(encoder), settings.annotation(), settings.llm());
        inputs = ClassifierTraining.inputs(store, withEncoder, goldFile, null, embeddings ? embedder(encoder) : null,
            io.hfmine.cli.support.VersionProvider.version());
        System.err.printf("classifier features of %d issues (%s) in %.1f s%n", inputs.issues().size(),
            embeddings ? encoder.id() : "no embeddings", (System.nanoTime() - start) / 1e9);
        saveEmbeddings();
        Files.deleteIfExists(goldFile);
        Files.deleteIfExists(directory);
        classifierInputs.put(encoder, inputs);
      } catch (java.io.IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    }
    return inputs;
  }

  /** The encoder's embedder, behind the embedding cache when one is given. */
  private io.hfmine.analyzers.text.embedding.SentenceEmbedder embedder(OnnxEmbedder.Build encoder) {
    return embedders.computeIfAbsent(encoder, build -> {
      if (embeddingCache == null) {
        return OnnxEmbedder.shared(build);
      }
      FileEmbeddingCache file = new FileEmbeddingCache(embeddingCache.resolveSibling(
          embeddingCache.getFileName() + "-" + build.id()));
      caches.add(file);
      return CachingEmbedder.of(OnnxEmbedder.shared(build), file);
    });
  }

  /** Writes back the vectors computed since the last save. */
  void saveEmbeddings() {
    caches.forEach(FileEmbeddingCache::save);
  }

  private record Selection(List<PreparedIssue> issues, List<Annotation> gold) {
  }

  private Selection select(ClassifierTraining.Inputs inputs, LabelledSet.Part part) {
    List<PreparedIssue> issues = new ArrayList<>();
    List<Annotation> selected = new ArrayList<>();
    for (int i = 0; i < inputs.issues().size(); i++) {
      if (parts.get(inputs.gold().get(i).issue()) == part) {
        issues.add(inputs.issues().get(i));
        selected.add(inputs.gold().get(i));
      }
    }
    return new Selection(issues, selected);
  }

  /**
   * The held-out issues scored again in subsets: those of every round but the last (the issues an
   * earlier round's held-out figures were printed for, so that a new round's labels are judged on
   * the same issues), and each sampling stratum apart. The set is enriched with prescreened issues
   * (stratum P); the issues drawn at random (stratum R) are closer to what a whole repository holds,
   * where PTM-related issues are rarer and a false alarm weighs more in a project's share.
   */
  private void reportSubsets(List<Annotation> held, Map<IssueId, IssueLabelling> predicted) {
    int last = rounds.values().stream().max(Integer::compare).orElse(1);
    if (last > 1) {
      report("  of which rounds 1-" + (last - 1) + "'s issues", held.stream().filter(a -> rounds.get(a.issue()) < last).toList(),
          predicted);
    }
    for (String name : new TreeSet<>(strata.values())) {
      report("  of which stratum " + name, held.stream().filter(a -> name.equals(strata.get(a.issue()))).toList(), predicted);
    }
    reportWeighted(held, predicted);
  }

  /**
   * From now on, every classifier this benchmark trains chooses its PTM threshold by the F1 of its
   * out-of-fold answers weighted back to the repositories' issues ({@link #stratumWeights()}), not
   * by their F1 on the enriched set as drawn.
   */
  void chooseThresholdByStrata() {
    thresholdByStrata = true;
  }

  private io.hfmine.analyzers.issues.classifier.ClassifierTrainer trainer(
      io.hfmine.analyzers.issues.classifier.ClassifierTrainer configured) {
    return thresholdByStrata ? configured.weighingThresholdBy(stratumWeights()) : configured;
  }

  /**
   * Each labelled issue's weight: the issues of its stratum among every imported issue of the set's
   * repositories (by the prescreen), per labelled issue of that stratum.
   */
  private java.util.function.ToDoubleFunction<IssueId> stratumWeights() {
    if (stratumWeightsCache == null) {
      Map<String, Long> population = population(gold);
      Map<String, Double> weight = StratifiedRelevance.weights(
          gold.stream().collect(Collectors.groupingBy(a -> strata.get(a.issue()), Collectors.counting())), population);
      System.err.println("threshold weights by stratum: " + weight);
      stratumWeightsCache = id -> weight.getOrDefault(strata.get(id), 1.0);
    }
    return stratumWeightsCache;
  }

  /**
   * The imported issues of the annotated issues' repositories, per stratum the prescreen puts them
   * in; each issue is screened once per run.
   */
  private Map<String, Long> population(List<Annotation> annotated) {
    if (prescreened == null) {
      Pattern prescreen = set.prescreen();
      prescreened = new HashMap<>();
      texts.values().forEach(t -> prescreened.put(t.id(), prescreen.matcher(t.title() + "\n" + t.body()).find() ? "P" : "R"));
    }
    Set<String> repositories = annotated.stream().map(a -> a.issue().repository()).collect(Collectors.toSet());
    return prescreened.entrySet().stream().filter(e -> repositories.contains(e.getKey().repository()))
        .collect(Collectors.groupingBy(Map.Entry::getValue, TreeMap::new, Collectors.counting()));
  }

  /**
   * The figures of a part weighted back to every issue of its repositories: stratum P's issues
   * stand for the repositories' issues the prescreen matches, stratum R's for the rest
   * ({@link StratifiedRelevance}).
   */
  private void reportWeighted(List<Annotation> held, Map<IssueId, IssueLabelling> predicted) {
    Map<String, Long> population = population(held);
    List<StratifiedRelevance.Scored> scored = held.stream().filter(a -> a.ptm() != null && predicted.containsKey(a.issue()))
        .map(a -> new StratifiedRelevance.Scored(strata.get(a.issue()), a.isPtm(), predicted.get(a.issue()).isPtm()))
        .toList();
    StratifiedRelevance weighted = StratifiedRelevance.of(scored, population);
    out.printf("  weighted to the part's %,d issues (prescreen: P %,d, R %,d)  PTM P %.3f R %.3f F1 %.3f | PTM-related share:"
            + " labels %.1f %%, method %.1f %%%n", population.values().stream().mapToLong(Long::longValue).sum(),
        population.getOrDefault("P", 0L), population.getOrDefault("R", 0L), weighted.precision(), weighted.recall(),
        weighted.f1(), 100 * weighted.goldShare(), 100 * weighted.predictedShare());
  }

  private List<Annotation> part(LabelledSet.Part part) {
    return gold.stream().filter(a -> parts.get(a.issue()) == part).toList();
  }

  private List<IssueText> issues(List<Annotation> annotations) {
    return annotations.stream().map(a -> texts.get(a.issue())).toList();
  }

  private EvaluationReport report(String what, List<Annotation> scored, Map<IssueId, IssueLabelling> predicted) {
    EvaluationReport report = MethodEvaluation.evaluate(taxonomy, scored, predicted);
    out.printf("  %-46s n=%3d  PTM P %.3f R %.3f F1 %.3f | theme acc %.3f (e2e %.3f) macro-F1 %.3f | "
            + "sub-theme acc %.3f macro-F1 %.3f | type acc %.3f%n", what, report.issues(), report.ptm().precision(),
        report.ptm().recall(), report.ptm().f1(), report.themeAccuracy(), report.endToEndThemeAccuracy(),
        report.themeMacroF1(), report.subThemeAccuracy(), report.subThemeMacroF1(), report.typeAccuracy());
    return report;
  }

  /** The held-out figures' spread over repositories, as {@code annotate evaluate} prints it (its defaults). */
  private void reportIntervals(List<Annotation> scored, Map<IssueId, IssueLabelling> predicted) {
    EvaluationIntervals intervals = EvaluationIntervals.of(taxonomy, scored, predicted,
        EvaluationIntervals.DEFAULT_RESAMPLES, EvaluationIntervals.DEFAULT_SEED, EvaluationIntervals.DEFAULT_CONFIDENCE);
    StringBuilder line = new StringBuilder(String.format("  %46s 95%% intervals, bootstrap over %d %s:", "",
        intervals.units(), intervals.byRepository() ? "repositories" : "issues"));
    for (HeadlineFigure figure : HeadlineFigure.values()) {
      EvaluationIntervals.Interval interval = intervals.interval(figure);
      line.append(String.format(" %s %.3f [%.3f, %.3f];", figure.label(), interval.value(), interval.low(), interval.high()));
    }
    out.println(line.substring(0, line.length() - 1));
  }
}
