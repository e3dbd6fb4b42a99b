package io.hfmine.cli.commands.models;

import io.hfmine.analyzers.setasks.SeTaskClassification;
import io.hfmine.analyzers.setasks.SeTaskSettings;
import io.hfmine.cli.commands.setasks.SeTaskConfirm;
import io.hfmine.cli.commands.setasks.SeTaskRun;
import io.hfmine.cli.commands.setasks.SeTaskSummary;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine models classify-se}: which models and datasets serve which software-engineering tasks. */
@Command(name = "classify-se", mixinStandardHelpOptions = true,
    description = {"Classify the store's models and datasets by software-engineering task and SDLC activity "
        + "(taxonomy se-tasks.taxonomy): match task terms in card text, YAML metadata and arXiv abstracts "
        + "(lemmatised, whole words, in order), drop matches by the exclusion rules, collapse near-identical cards, "
        + "then, when se-tasks.confirmation.enabled (or --confirm) and the prompt passed its pilot, confirm each "
        + "activity with the LLM.",
        "Prints the funnel per kind on stdout; results go to se_task_matches (evidence), se_task_items and "
            + "selection_funnel. A killed run resumes where it stopped."})
public final class ClassifySeCommand extends BaseCommand {
  @Option(names = "--kind", paramLabel = "KIND", description = "model or dataset (repeatable; default se-tasks.kinds).")
  List<String> kinds = new ArrayList<>();

  @Option(names = "--rule-origins", paramLabel = "O", split = ",",
      description = "Exclusion rules to apply, by origin: paper, hfmine (default se-tasks.rule-origins).")
  List<String> ruleOrigins;

  @Option(names = "--taxonomy", paramLabel = "FILE", description = "Another taxonomy file (default se-tasks.taxonomy).")
  String taxonomy;

  @Option(names = "--threads", paramLabel = "N", description = "Matching threads (default se-tasks.threads).")
  Integer threads;

  @Option(names = "--exhaustive", description = "Tag every sentence instead of only where the tag decides "
      + "(same result, much slower; for checking).")
  boolean exhaustive;

  @Option(names = "--confirm", negatable = true,
      description = "Run the LLM confirmation after the rule stages (default se-tasks.confirmation.enabled).")
  Boolean confirm;

  @Override
  protected void validate() {
    for (String kind : kinds) {
      if (!SeTaskSettings.KINDS.contains(kind)) {
        throw new UsageException("--kind must be model or dataset; got '" + kind + "'");
      }
    }
    if (threads != null && threads < 1) {
      throw new UsageException("--threads must be at least 1; got " + threads);
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    SeTaskClassification.Result result = SeTaskRun.classify(session,
        new SeTaskRun.Overrides(kinds, ruleOrigins, taxonomy, threads, exhaustive));
    session.err().println(SeTaskSummary.matchingLine(result));
    boolean wanted = confirm != null ? confirm : SeTaskRun.settings(session).confirmation().enabled();
    SeTaskConfirm.Outcome confirmation = SeTaskConfirm.run(session, wanted);
    SeTaskSummary.print(SeTaskRun.refreshed(session, result), session.out());
    session.err().println(confirmation.message());
    return confirmation.failures().isEmpty() ? ExitCode.SUCCESS : ExitCode.PARTIAL;
  }
}
