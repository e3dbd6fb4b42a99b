package io.hfmine.cli.commands.usage;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.spark.imports.ImportSummary;
import io.hfmine.spark.imports.ScanOutputImport;
import java.nio.file.Files;
import java.nio.file.Path;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hfmine usage import DIR}: a Spark corpus scan's output → the store's usages. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load the output of a Spark corpus scan (hfmine-spark.jar) into the store's usages,",
        "where patterns, the report, serve and export use them. Resumable and idempotent: files",
        "imported before are skipped; a usage id or blob already in the store is kept."})
public final class UsageImportCommand extends BaseCommand {
  @Parameters(paramLabel = "DIR", description = "The scan's --output directory (holding usages/, files/, summary.json).")
  Path dir;

  @Override
  protected void validate() {
    if (!Files.isDirectory(dir)) {
      throw new UsageException(dir + ": no such directory");
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    ImportSummary summary;
    try (Progress progress = session.progress().start("usage import")) {
      summary = new ScanOutputImport(session.store()).run(dir, progress);
    }
    session.out().println(summary.line());
    return ExitCode.SUCCESS;
  }
}
