package io.hfmine.bench;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.issuesimport.IssueDumpImporter;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Measures issue labelling on the shipped labelled set of real issues: inter-annotator agreement
 * (the project's own kappa code), every method's cross-validated and held-out figures, and the
 * share of whole real repositories each method calls PTM-related.
 *
 * <pre>
 * bench/run issue-labelling --issues DIR [--store FILE] [--methods rules,classifier,llm,fine-tuned] [--folds 5]
 *     [--projects OWNER/NAME,...] [--sample N] [--no-embeddings] [--tuning-only]
 *     [--variants 'key=value,...;...'] [--no-baseline] [--embedding-cache FILE] [--errors FILE.tsv]
 *     [--threshold-by-strata] [--config FILE]
 * bench/run issue-labelling --issues DIR --cost-issues N [--projects ...] [--cost-encoders ID,...]
 * bench/run issue-labelling --issues DIR --embedding-cache FILE --warm-embeddings [MANIFEST.csv] [--projects ...]
 * </pre>
 *
 * {@code DIR} holds the issues as GitHub REST objects, one JSON Lines file per repository
 * ({@code owner__name.jsonl}); they are imported into {@code --store} (a temporary store by
 * default; an existing store that holds them is reused). {@code --sample N} prints N issues each
 * method calls PTM-related per project, for a person to read (stderr; issue text is never saved).
 * {@code --embedding-cache FILE} keeps the issues' embeddings (vectors only) between runs that compare settings.
 * {@code --variants} may name another {@code encoder}: its features are computed for it; {@code train-fraction=F}
 * trains each fold on a fixed share F of its training issues (a learning curve); {@code --seeds N}
 * repeats each variant's cross-validation with N assignments of repositories to folds and prints the mean;
 * {@code --no-baseline} leaves out the configured settings' figures (printed by an earlier run).
 * {@code fine-tuned} trains the encoder itself on the tuning part and scores it on the held-out part; {@code --fine-tune
 * 'key=value,...'} changes its settings ({@link io.hfmine.finetune.training.FineTuneSettings}), and {@code
 * --fine-tune-inputs text+knowledge} lets its output layers read the classifier's knowledge features beside the encoder.
 * {@code --threshold-by-strata} makes every classifier the run trains (cross-validation, held-out, {@code --model-out})
 * choose its PTM threshold by F1 weighted back to the repositories' issues by sampling stratum; the variant key
 * {@code threshold-weights=strata|none} does it for one variant.
 * {@code --errors FILE.tsv} (with {@code --variants}) prints the configured settings' out-of-fold theme confusions on the
 * tuning part and writes every tuning issue it gets wrong (ids and labels only) to the file, for error analysis.
 * {@code --cost-issues N} prints what labelling N issues of the projects costs per encoder (CPU and
 * wall time). {@code --warm-embeddings} only fills the embedding cache with the projects' issues
 * and those a manifest names (no label is read).
 * The llm method needs {@code --llm-endpoint URL --llm-model NAME} (any OpenAI-compatible server);
 * {@code --llm-concurrency N} keeps N requests open at once (default {@code llm-client.concurrency}).
 * {@code --config FILE} lays a study configuration over the shipped one, as the CLI's {@code --config} does, so
 * that another prompt, guidelines or classifier settings are scored against the same set.
 */
public final class IssueLabellingBenchmark {
  static final List<String> DEFAULT_PROJECTS = List.of("sktime/sktime", "doccano/doccano", "mozilla/bugbug",
      "ultralytics/yolov3", "PaddlePaddle/ERNIE", "allenai/scispacy", "dmlc/gluon-nlp", "onnx/sklearn-onnx");


  private IssueLabellingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Map<String, String> options = options(args);
    if (!options.containsKey("issues")) {
      System.err.println("usage: bench/run issue-labelling --issues DIR [--store FILE] [--methods rules,classifier,llm,fine-tuned] "
          + "[--folds 5] [--projects OWNER/NAME,...] [--sample N] [--no-embeddings] [--tuning-only] [--config FILE]");
      System.exit(2);
    }
    // A study configuration over the shipped one, as the CLI's --config: another prompt, guidelines or classifier settings.
    Config config;
    try {
      config = options.containsKey("config") ? Config.load(Path.of(options.get("config"))) : Config.defaults();
    } catch (ConfigException e) {
      // Refused as a bad argument, with the file's own message (missing file, or its line and key).
      throw new IllegalArgumentException("--config: " + e.getMessage(), e);
    }
    Path issues = Path.of(options.get("issues"));
    Path temporary = null;
    Path storeFile;
    if (options.containsKey("store")) {
      storeFile = Path.of(options.get("store"));
    } else {
      temporary = Files.createTempDirectory("hfmine-issue-labelling-bench");
      storeFile = temporary.resolve("hfmine.duckdb");
    }
    try (Store store = Store.open(storeFile)) {
      importIssues(store, issues);
      LabellingMeasurements measurements = new LabellingMeasurements(store, config, IssueSettings.from(config),
          !options.containsKey("no-embeddings"),
          options.containsKey("embedding-cache") ? Path.of(options.get("embedding-cache")) : null, System.out);
      if (options.containsKey("dump-evidence")) {
        long start = System.nanoTime();
        measurements.dumpEvidence(Path.of(options.get("dump-evidence")));
        System.err.printf("evidence written in %.1f s%n", (System.nanoTime() - start) / 1e9);
        return;
      }
      if (options.containsKey("warm-embeddings")) {
        measurements.warmEmbeddings(options.containsKey("projects") ? List.of(options.get("projects").split(","))
            : List.of(), options.get("warm-embeddings").equals("true") ? null : Path.of(options.get("warm-embeddings")));
        return;
      }
      if (options.containsKey("cost-issues")) {
        measurements.measureCost(options.containsKey("projects") ? List.of(options.get("projects").split(","))
            : DEFAULT_PROJECTS, Integer.parseInt(options.get("cost-issues")),
            Arrays.stream(options.getOrDefault("cost-encoders", "all-minilm-l6-v2,bge-small-en-v15-q").split(","))
                .map(io.hfmine.analyzers.text.embedding.OnnxEmbedder.Build::of).toList());
        return;
      }
      if (options.containsKey("threshold-by-strata")) {
        measurements.chooseThresholdByStrata();
      }
      if (options.containsKey("model-out") && options.containsKey("model-only")) {
        measurements.saveWholeSetModel(Path.of(options.get("model-out")));
        return;
      }
      if (options.containsKey("variants")) {
        measurements.tuneClassifier(options.get("variants"), Integer.parseInt(options.getOrDefault("folds", "5")),
            Integer.parseInt(options.getOrDefault("seeds", "1")), options.containsKey("errors") ? Path.of(options.get("errors")) : null,
            !options.containsKey("no-baseline"));
        return;
      }
      measurements.describeSet();
      measurements.agreement();
      List<String> methods = List.of(options.getOrDefault("methods", "rules,classifier").split(","));
      int folds = Integer.parseInt(options.getOrDefault("folds", "5"));
      for (String method : methods) {
        measurements.evaluate(method, folds, options.containsKey("tuning-only"), options);
      }
      if (!options.containsKey("tuning-only")) {
        List<String> projects = options.containsKey("projects") ? List.of(options.get("projects").split(","))
            : DEFAULT_PROJECTS;
        measurements.projectShares(methods, projects, Integer.parseInt(options.getOrDefault("sample", "0")), options);
      }
      if (options.containsKey("model-out")) {
        measurements.saveWholeSetModel(Path.of(options.get("model-out")));
      }
    } finally {
      if (temporary != null) {
        DirectoryTree.delete(temporary);
      }
    }
  }

  static void importIssues(Store store, Path directory) throws Exception {
    long stored = store.read(connection -> {
      try (var statement = connection.createStatement(); var rows = statement.executeQuery("SELECT count(*) FROM issues")) {
        rows.next();
        return rows.getLong(1);
      }
    });
    List<Path> files;
    try (Stream<Path> listing = Files.list(directory)) {
      files = listing.filter(f -> f.getFileName().toString().endsWith(".jsonl")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalArgumentException(directory + " holds no .jsonl files of issues");
    }
    if (stored > 0) {
      System.err.printf("store already holds %,d issues; not importing again%n", stored);
      return;
    }
    long start = System.nanoTime();
    IssueDumpImporter importer = new IssueDumpImporter(store);
    long count = 0;
    for (Path file : files) {
      count += importer.importFile(file, null, Progress.NONE).issues();
    }
    System.err.printf("imported %,d issues of %d repositories in %.1f s%n", count, files.size(),
        (System.nanoTime() - start) / 1e9);
  }

  private static Map<String, String> options(String[] args) {
    Map<String, String> options = new LinkedHashMap<>();
    for (int i = 0; i < args.length; i++) {
      if (!args[i].startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument '" + args[i] + "'");
      }
      String name = args[i].substring(2);
      boolean flag = i + 1 >= args.length || args[i + 1].startsWith("--");
      options.put(name, flag ? "true" : args[++i]);
    }
    return options;
  }

  static Map<IssueId, IssueLabelling> label(IssueLabeller labeller, List<IssueText> issues) {
    labeller.prepare(issues);
    Map<IssueId, IssueLabelling> labelled = new LinkedHashMap<>();
    for (IssueText issue : issues) {
      labelled.put(issue.id(), labeller.label(issue));
    }
    return labelled;
  }
}
