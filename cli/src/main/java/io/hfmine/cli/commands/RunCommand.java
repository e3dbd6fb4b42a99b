package io.hfmine.cli.commands;

import io.hfmine.cli.commands.export.ExportCommand;
import io.hfmine.cli.pipeline.PipelineSummary;
import io.hfmine.cli.pipeline.StageResult;
import io.hfmine.cli.pipeline.StudyPipeline;
import io.hfmine.cli.pipeline.StudyStages;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine run}: the whole study, stage by stage, resumable, with a summary at the end. */
@Command(name = "run", mixinStandardHelpOptions = true,
    description = {"Run the whole study: models, cards, select, dedup, code-search, code-fetch, usage, patterns, "
        + "repos, select-repos, issues, classify, stats, report, export.",
        "Stages already done for the same inputs are skipped; a killed run continues where it stopped."})
public final class RunCommand extends BaseCommand {
  @Option(names = "--from", paramLabel = "STAGE", description = "Start at this stage (and run it even if done).")
  String from;

  @Option(names = "--until", paramLabel = "STAGE", description = "Stop after this stage.")
  String until;

  @Override
  protected ExitCode execute(Session session) {
    return runStudy(session, from, until);
  }

  /** Runs the standard pipeline, prints the summary and maps the outcome to an exit code. */
  public static ExitCode runStudy(Session session, String from, String until) {
    if (until == null || until.equalsIgnoreCase("export")) {
      // A missing pseudonym key must stop the study before its first request, not hours later.
      ExportCommand.configuredPseudonyms(session);
    }
    List<StageResult> results = new StudyPipeline(StudyStages.standard()).run(session, from, until);
    PipelineSummary.print(results, session.out());
    if (results.stream().anyMatch(result -> result.status() == StageResult.Status.FAILED)) {
      session.err().println("the study stopped at a failed stage; fix the cause and run again to continue");
      return ExitCode.FAILURE;
    }
    boolean partial = results.stream().anyMatch(result -> !result.outcome().failures().isEmpty());
    return partial ? ExitCode.PARTIAL : ExitCode.SUCCESS;
  }
}
