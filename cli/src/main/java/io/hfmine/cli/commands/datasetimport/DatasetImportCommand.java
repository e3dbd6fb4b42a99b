package io.hfmine.cli.commands.datasetimport;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.tableimport.ExportFolder;
import io.hfmine.datasets.tableimport.TableFile;
import io.hfmine.datasets.tableimport.TableImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hfmine import DIR|FILE...}: an hfmine export (any format) back into a store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load an hfmine export back into the store: a dataset folder (every TABLE.parquet, TABLE.csv "
        + "or TABLE.jsonl in it) or single table files, each into the store table it is named after.",
        "Meant for a fresh --work-dir: a table that already holds rows is an error. Every file is checked first "
            + "(columns, types, required values; errors name the file, line and column) and all are stored in one "
            + "transaction, or nothing is."})
public final class DatasetImportCommand extends BaseCommand {
  @Parameters(paramLabel = "DIR|FILE", arity = "1..*",
      description = "An export folder, or table files named TABLE.parquet, TABLE.csv or TABLE.jsonl.")
  List<Path> inputs;

  @Override
  protected void validate() {
    for (Path input : inputs) {
      if (!Files.exists(input)) {
        throw new UsageException(input + " does not exist");
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    List<TableFile> files = new ArrayList<>();
    for (Path input : inputs) {
      files.addAll(Files.isDirectory(input) ? ExportFolder.tableFiles(input) : List.of(TableFile.of(input)));
    }
    if (files.isEmpty()) {
      throw new UsageException(String.join(", ", inputs.stream().map(Path::toString).toList())
          + ": no table files (TABLE.parquet, TABLE.csv or TABLE.jsonl) to import");
    }
    List<TableImport.Result> results = new TableImport(session.store())
        .run(files, TableImport.Existing.REFUSE, Map.of());
    for (TableImport.Result result : results) {
      session.out().printf("%-28s %,10d rows%n", result.file().table(), result.added());
    }
    session.err().printf("import: %d table(s) loaded into %s%n", results.size(), session.store().file());
    return ExitCode.SUCCESS;
  }
}
