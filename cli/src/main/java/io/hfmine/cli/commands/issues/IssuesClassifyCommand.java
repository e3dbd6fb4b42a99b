package io.hfmine.cli.commands.issues;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueLabellers;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.InputFiles;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.analyzers.issues.classifier.ClassifierTraining;
import io.hfmine.analyzers.issues.classifier.ClassifierFile;
import io.hfmine.analyzers.issues.classifier.ClassifierLabeller;
import io.hfmine.analyzers.issues.classifier.IssueClassifierModel;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.cli.support.VersionProvider;
import io.hfmine.analyzers.issues.evaluation.EvaluationTable;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine issues classify}: PTM relevance, themes, sub-themes and type of every issue in the store. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Label issues: PTM-related or not, challenge themes and sub-themes, issue type. "
        + "Labels are stored per method (rules, classifier, llm) with confidence and evidence.")
public final class IssuesClassifyCommand extends BaseCommand {
  @Option(names = "--method", description = "rules, classifier or llm (default: issues.method, shipped as classifier).")
  String method;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "Only the issues of this repository.")
  String repository;

  @Option(names = "--train", paramLabel = "FILE.csv",
      description = "With --method classifier: train on this labelled CSV (annotation format; the issues must be in the "
          + "store) and store the model first; without it the store's earlier model is used, else the one shipped with "
          + "hfmine.")
  Path training;

  @Option(names = "--annotator", paramLabel = "NAME",
      description = "With --train: the rows of this annotator are the labels (a file may hold several annotators).")
  String annotator;

  @Option(names = "--cross-validate", paramLabel = "K",
      description = "With --method classifier and --train: print K-fold cross-validated precision, recall and F1 "
          + "per label (folds grouped by repository) instead of labelling.")
  Integer folds;

  @Option(names = "--train-only", description = "With --train: train (and store, and write with --model-out) only; label nothing.")
  boolean trainOnly;

  @Option(names = "--model-out", paramLabel = "FILE.json",
      description = "With --train: also write the trained model to this file (the format hfmine ships its model in).")
  Path modelOut;

  @Option(names = "--seed", defaultValue = "1", description = "Seed of the cross-validation folds (default 1).")
  long seed;

  @Override
  protected void validate() {
    if (method != null && !IssueSettings.METHODS.contains(method)) {
      throw new UsageException("--method " + method + " is not one of " + String.join(", ", IssueSettings.METHODS));
    }
    if ((training != null || folds != null) && method != null && !method.equals(ClassifierLabeller.SOURCE)) {
      throw new UsageException("--train and --cross-validate go with --method classifier");
    }
    if ((annotator != null || modelOut != null || trainOnly) && training == null) {
      throw new UsageException("--annotator, --model-out and --train-only go with --train FILE.csv");
    }
    if (folds != null && training == null) {
      throw new UsageException("--cross-validate needs --train FILE.csv (the labelled issues to fold)");
    }
    if (folds != null && folds < 2) {
      throw new UsageException("--cross-validate needs at least 2 folds, got " + folds);
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    InputFiles.requireFile(training, "--train");
    IssueSettings settings = IssueSettings.from(session.config());
    if (method == null) {
      method = training != null || folds != null ? ClassifierLabeller.SOURCE : settings.method();
    }
    if (training != null) {
      try {
        ClassifierTraining.Inputs inputs;
        try (Progress progress = session.progress().start("classifier features")) {
          inputs = ClassifierTraining.inputs(session.store(), settings, training, annotator,
              IssueLabellers.cached(session.store(), settings.classifier().embeddings()
                  ? OnnxEmbedder.shared(settings.classifier().encoderBuild()) : null), VersionProvider.version());
        }
        if (folds != null) {
          try (Progress progress = session.progress().start("cross-validate classifier")) {
            session.out().print(EvaluationTable.render(ClassifierTraining.crossValidate(inputs, folds, seed,
                settings.typeLabels(), progress), "classifier (" + folds + "-fold cross-validation, folds by repository)"));
          }
          return ExitCode.SUCCESS;
        }
        IssueClassifierModel model = ClassifierTraining.train(session.store(), inputs);
        session.err().printf("trained the classifier on %s: %d issues (%d PTM-related), vocabulary %,d terms, labels sha256 %s%n",
            training, model.provenance().examples(), model.provenance().ptmExamples(), model.vocabularySize(),
            model.provenance().labelsSha256());
        if (modelOut != null) {
          ClassifierFile.save(model, modelOut);
          session.err().printf("wrote the model to %s%n", modelOut);
        }
        if (trainOnly) {
          return ExitCode.SUCCESS;
        }
      } catch (AnnotationFileException e) {
        e.problems().forEach(problem -> session.err().println(problem));
        throw new UsageException(training + ": " + e.problems().size() + " problem(s) in the labelled file");
      } catch (IllegalArgumentException e) {
        throw new UsageException(training + ": " + e.getMessage());
      }
    }
    IssueLabeller labeller = IssueMethods.labeller(method, session, settings);
    IssueClassification.Summary summary;
    try (Progress progress = session.progress().start("classify issues (" + method + ")")) {
      summary = IssueClassification.run(session.store(), labeller, repository, progress);
    }
    session.out().printf("method    %s%nissues    %,d%nptm       %,d%n", summary.source(), summary.issues(), summary.ptm());
    summary.themes().forEach((theme, count) -> session.out().printf("theme     %-4s %,d%n", theme, count));
    summary.types().forEach((type, count) -> session.out().printf("type      %-11s %,d%n", type, count));
    if (summary.workDone() != null) {
      session.err().println("embeddings: " + summary.workDone());
    }
    if (!summary.failures().isEmpty()) {
      summary.failures().forEach(failure -> session.err().println("not labelled: " + failure));
      session.err().printf("%d issue(s) not labelled; run again to retry them%n", summary.failures().size());
      if (summary.stop() != null) {
        session.err().println(summary.stop());
      }
      return ExitCode.PARTIAL;
    }
    return ExitCode.SUCCESS;
  }
}
