package io.hfmine.cli.commands.usage;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.tableimport.BadTableFileException;
import io.hfmine.datasets.tableimport.TableFile;
import io.hfmine.datasets.tableimport.TableImport;
import io.hfmine.spark.imports.ImportSummary;
import io.hfmine.spark.imports.ScanOutputImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/**
 * {@code hfmine usage import DIR|FILE}: a Spark corpus scan's output, or a usages file hfmine
 * wrote ({@code export}'s usages table, {@code usage scan}'s output), into the store's usages.
 */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load usages into the store, where patterns, the report, serve and export use them: the output "
        + "directory of a Spark corpus scan (hfmine-spark.jar), or a usages file hfmine wrote (export's "
        + "usages.parquet|csv|jsonl, usage scan --format jsonl|csv).",
        "Resumable and idempotent: a usage id (or, for a scan's output, a file) already in the store is kept. "
            + "A usages file is checked whole first; an error names the file, line and column and nothing is stored."})
public final class UsageImportCommand extends BaseCommand {
  // usage scan writes no extraction time; the import's time stands for it.
  private static final Map<String, String> SCAN_FILL_INS = Map.of("extracted_at", "timezone('UTC', now())");

  @Parameters(paramLabel = "DIR|FILE",
      description = "The scan's --output directory (holding usages/, files/, summary.json), or a usages file "
          + "(.parquet, .csv, .jsonl).")
  Path input;

  @Override
  protected void validate() {
    if (!Files.exists(input)) {
      throw new UsageException(input + ": no such file or directory");
    }
    if (Files.isRegularFile(input)) {
      try {
        TableFile.asTable(input, "usages");
      } catch (BadTableFileException e) {
        throw new UsageException(e.getMessage());
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    if (Files.isRegularFile(input)) {
      TableImport.Result result = new TableImport(session.store())
          .run(List.of(TableFile.asTable(input, "usages")), TableImport.Existing.KEEP, SCAN_FILL_INS).getFirst();
      session.out().printf("usages read %,d, added %,d (%,d already in the store)%n",
          result.rows(), result.added(), result.rows() - result.added());
      return ExitCode.SUCCESS;
    }
    ImportSummary summary;
    try (Progress progress = session.progress().start("usage import")) {
      summary = new ScanOutputImport(session.store()).run(input, progress);
    }
    session.out().println(summary.line());
    return ExitCode.SUCCESS;
  }
}
