package io.hfmine.cli.commands;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.store.StoreSummary;
import java.util.Map;
import picocli.CommandLine.Command;

/** {@code hfmine status}: the store's schema version and the row count of every table. */
@Command(name = "status", mixinStandardHelpOptions = true, description = "Show the store's schema version and how many rows each table holds.")
public final class StatusCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Override
  protected ExitCode execute(Session session) {
    StoreSummary summary = StoreSummary.of(session.store());
    session.out().printf("store   %s%nschema  version %d%n", summary.file(), summary.schemaVersion());
    for (Map.Entry<String, Long> table : summary.rowCounts().entrySet()) {
      session.out().printf("  %-28s %,d%n", table.getKey(), table.getValue());
    }
    return ExitCode.SUCCESS;
  }
}
