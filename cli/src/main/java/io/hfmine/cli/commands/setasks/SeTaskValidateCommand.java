package io.hfmine.cli.commands.setasks;

import io.hfmine.analyzers.setasks.SeTaskSettings;
import io.hfmine.analyzers.setasks.confirm.ActivityJudge;
import io.hfmine.analyzers.setasks.confirm.ActivityValidation;
import io.hfmine.analyzers.setasks.confirm.ConfirmationStore;
import io.hfmine.analyzers.setasks.confirm.ValidationSampling;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine annotate se-tasks validate}: the LLM labels a human-labelled sample; kappa per activity. */
@Command(name = "validate", mixinStandardHelpOptions = true,
    description = {"Let the LLM (llm-client) label the pairs of a drawn sample that an annotator labelled, and "
        + "report Cohen's kappa per activity and over the sample (as sklearn's cohen_kappa_score).",
        "A pilot activity passes at se-tasks.confirmation.kappa-threshold; only passed activities are confirmed at "
            + "scale, for this model and prompt."})
public final class SeTaskValidateCommand extends BaseCommand {
  @Option(names = "--sample", required = true, paramLabel = "NAME", description = "pilot or generalisation.")
  String sample;

  @Option(names = "--annotator", paramLabel = "NAME", description = "Whose labels (needed when several annotators labelled).")
  String annotator;

  @Option(names = "--threshold", paramLabel = "K", description = "Kappa to reach (default se-tasks.confirmation.kappa-threshold).")
  Double threshold;

  @Override
  protected void validate() {
    if (!List.of(ValidationSampling.PILOT, ValidationSampling.GENERALISATION).contains(sample)) {
      throw new UsageException("--sample must be pilot or generalisation; got '" + sample + "'");
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    SeTaskSettings.Confirmation settings = SeTaskRun.settings(session).confirmation();
    List<String> annotators = new ConfirmationStore(session.store()).annotators();
    String who = annotator;
    if (who == null) {
      if (annotators.size() != 1) {
        throw new UsageException(annotators.isEmpty() ? "no human labels imported yet (annotate se-tasks import)"
            : "several annotators labelled (" + String.join(", ", annotators) + "); name one with --annotator");
      }
      who = annotators.get(0);
    }
    ActivityJudge judge = SeTaskConfirm.judge(session);
    double k = threshold != null ? threshold : settings.kappaThreshold();
    ActivityValidation.Result result;
    try (Progress progress = session.progress().start("validate " + sample)) {
      result = new ActivityValidation(session.store()).run(sample, who, judge, k, progress);
    }
    session.out().printf("%-28s %6s %9s %8s  %s%n", "activity", "items", "agreement", "kappa", "passed");
    for (ActivityValidation.Agreement row : result.agreements()) {
      session.out().printf("%-28s %6d %9.3f %8s  %s%n", row.activity(), row.items(), row.agreement(),
          Double.isNaN(row.kappa()) ? "n/a" : String.format("%.3f", row.kappa()),
          row.activity().equals(ActivityValidation.ALL) && sample.equals(ValidationSampling.PILOT) ? "-" : row.passed());
    }
    session.err().printf("%s sample, annotator %s, model %s, prompt %s; %d sampled pair(s) without a label of %s%n",
        sample, who, judge.model(), judge.promptSha256().substring(0, 12), result.unlabelled(), who);
    result.failures().forEach(f -> session.err().println("failed: " + f));
    return result.failures().isEmpty() ? ExitCode.SUCCESS : ExitCode.PARTIAL;
  }
}
