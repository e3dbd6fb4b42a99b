package io.hfmine.cli.commands.pick;

import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine pick index}: extracts what changed and builds the search index. */
@Command(name = "index", mixinStandardHelpOptions = true,
    description = {"Extract the template attributes of every model in the store (only models whose listing or card "
        + "changed) and build the search index in the work directory (pick.index-dir).",
        "hfmine pick does this itself when the index is missing or stale; run it ahead to time it or after a sync."})
public final class PickIndexCommand extends BaseCommand {
  @Option(names = "--rebuild", description = "Build the index even when it is current.")
  boolean rebuild;

  @Override
  protected ExitCode execute(Session session) {
    try (ModelSearch search = PickSupport.search(session)) {
      ModelSearch.IndexStatus status = PickSupport.ensureIndex(session, search, rebuild);
      if (!status.built()) {
        session.err().printf("pick: index is current: %,d models, built %s%n", status.manifest().models(),
            status.manifest().builtAt());
      }
      session.err().println("index    " + session.workDir().resolve(search.settings().indexDir()));
      return ExitCode.SUCCESS;
    }
  }
}
