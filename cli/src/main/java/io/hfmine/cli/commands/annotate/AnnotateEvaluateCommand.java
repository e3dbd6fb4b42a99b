package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.EvaluationTable;
import io.hfmine.analyzers.issues.evaluation.GoldEvaluation;
import io.hfmine.analyzers.issues.sampling.AnnotationFileException;
import io.hfmine.cli.commands.issues.IssueMethods;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.InputFiles;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine annotate evaluate}: an automatic method scored against gold labels. */
@Command(name = "evaluate", mixinStandardHelpOptions = true,
    description = "Score a labelling method against a gold CSV: precision, recall and F1 per theme and sub-theme, "
        + "macro-F1, accuracy and the theme confusion matrix.")
public final class AnnotateEvaluateCommand extends BaseCommand {
  @Option(names = "--gold", required = true, paramLabel = "FILE.csv", description = "Gold labels (annotation CSV format).")
  Path gold;

  @Option(names = "--method", description = "rules, classifier or llm (default: issues.method, shipped as classifier).")
  String method;

  @Option(names = "--annotator", paramLabel = "NAME",
      description = "The annotator whose rows are the gold labels, when the file holds several (rows without one are 'gold').")
  String annotator;

  @Override
  protected ExitCode execute(Session session) {
    InputFiles.requireFile(gold, "--gold");
    IssueSettings settings = IssueSettings.from(session.config());
    if (method == null) {
      method = settings.method();
    }
    IssueLabeller labeller = IssueMethods.labeller(method, session, settings);
    EvaluationReport report;
    try (Progress progress = session.progress().start("evaluate " + method)) {
      report = GoldEvaluation.run(session.store(), settings.loadTaxonomy(), gold, annotator, labeller, progress);
    } catch (AnnotationFileException e) {
      e.problems().forEach(problem -> session.err().println(problem));
      throw new UsageException(gold + ": " + e.problems().size() + " problem(s) in the gold file");
    }
    session.out().print(EvaluationTable.render(report, method));
    return ExitCode.SUCCESS;
  }
}
