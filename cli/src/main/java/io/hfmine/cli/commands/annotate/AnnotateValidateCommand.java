package io.hfmine.cli.commands.annotate;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.llm.LlmLabeller;
import io.hfmine.analyzers.issues.llm.PilotValidation;
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

/** {@code hfmine annotate validate}: Cohen's kappa of the LLM against human pilot labels; gates LLM labelling. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = "Label a human-annotated pilot sample with the LLM and print Cohen's kappa; the prompt may label "
        + "at scale (issues classify --method llm) only when kappa reaches issues.llm.kappa-threshold.")
public final class AnnotateValidateCommand extends BaseCommand {
  @Option(names = "--pilot", required = true, paramLabel = "FILE.csv", description = "Human labels (annotation CSV format).")
  Path pilot;

  @Option(names = "--threshold", paramLabel = "KAPPA", description = "Overrides issues.llm.kappa-threshold.")
  Double threshold;

  @Option(names = "--annotator", paramLabel = "NAME",
      description = "The annotator whose rows are the human labels, when the file holds several.")
  String annotator;

  @Override
  protected ExitCode execute(Session session) {
    InputFiles.requireFile(pilot, "--pilot");
    IssueSettings settings = IssueSettings.from(session.config());
    LlmLabeller labeller = IssueMethods.llm(session, settings);
    double required = threshold != null ? threshold : settings.llm().kappaThreshold();
    PilotValidation.Result result;
    try (Progress progress = session.progress().start("validate LLM on pilot")) {
      result = PilotValidation.run(session.store(), settings.loadTaxonomy(), pilot, annotator, labeller,
          IssueMethods.llmModel(session),
          required, progress);
    } catch (AnnotationFileException e) {
      e.problems().forEach(problem -> session.err().println(problem));
      throw new UsageException(pilot + ": " + e.problems().size() + " problem(s) in the pilot file");
    }
    session.out().printf("model               %s%n", IssueMethods.llmModel(session));
    session.out().printf("prompt sha256       %s%n", labeller.promptSha256());
    session.out().printf("kappa ptm           %s on %d issues%n", format(result.ptmKappa()), result.items());
    session.out().printf("kappa themes (set)  %s on %d issues both call PTM-related%n", format(result.themeKappa()),
        result.themeItems());
    session.out().printf("threshold           %.3f%n", result.threshold());
    session.out().printf("result              %s%n", result.passed() ? "passed" : "FAILED");
    result.failures().forEach(failure -> session.err().println("not labelled: " + failure));
    return result.passed() ? ExitCode.SUCCESS : ExitCode.FAILURE;
  }

  private static String format(double kappa) {
    return Double.isNaN(kappa) ? "n/a" : String.format("%.3f", kappa);
  }
}
