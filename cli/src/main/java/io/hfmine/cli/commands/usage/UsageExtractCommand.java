package io.hfmine.cli.commands.usage;

import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.extract.ExtractionSummary;
import io.hfmine.analyzers.usage.extract.StoreUsageExtraction;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine usage extract}: fetched files → usages and verified code-search hits. */
@Command(name = "extract", mixinStandardHelpOptions = true,
    description = {"Parse the fetched files into model usages and verify every code-search hit.",
        "Resumable: a second run only parses files fetched since; --again re-parses all of them."})
public final class UsageExtractCommand extends BaseCommand {
  @Option(names = "--again", description = "Forget earlier extraction and parse every file again (after a signature change).")
  boolean again;

  @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: usage.threads).")
  Integer threads;

  @Option(names = "--isolate", negatable = true,
      description = "Parse in child processes, so a native crash costs one file, recorded `crashed` (default: usage.isolation).")
  Boolean isolate;

  @Override
  protected void validate() {
    if (threads != null && threads < 1) {
      throw new UsageException("--threads must be at least 1, got " + threads);
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    UsageSettings settings = session.config().section("usage", UsageSettings.class);
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    if (isolate != null) {
      settings = settings.withIsolation(isolate);
    }
    ExtractionSummary summary;
    try (Progress progress = session.progress().start("usage extract")) {
      summary = new StoreUsageExtraction(session.store(), settings).run(again, progress);
    }
    session.out().println(summary.summary());
    return ExitCode.SUCCESS;
  }
}
