package io.hfmine.cli.commands.models;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.modelsimport.ModelDumpImport;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;

/** {@code hfmine models import FILE}: loads a model dump into the store. */
@Command(name = "import", mixinStandardHelpOptions = true,
    description = {"Load a dump of model records: JSON array (.json), JSON lines (.jsonl, .ndjson), CSV with a "
        + "header (.csv) or Parquet (.parquet), with the Hub API's camelCase or huggingface_hub's snake_case fields.",
        "A `card` field holds the model's README text (as in the Hub's model-card dumps); it is stored with its "
            + "front matter, as `models cards` would store it, so `models classify-se` runs over the dump.",
        "The file is checked whole before anything is stored: a bad record is reported with the file, line and "
            + "field, and nothing of the file is imported. Then it is stored in batches; importing the same file "
            + "again finishes an interrupted import."})
public final class ImportCommand extends BaseCommand {
  @Parameters(paramLabel = "FILE", description = "The dump file.")
  Path file;

  @Override
  protected void validate() {
    if (!Files.isRegularFile(file)) {
      throw new UsageException("FILE " + file + " does not exist or is not a file");
    }
    String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
    if (!name.matches(".*\\.(json|jsonl|ndjson|csv|parquet)$")) {
      throw new UsageException("FILE " + file + " has an unknown format; use .json, .jsonl, .ndjson, .csv or .parquet");
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    HfSettings.Cards limits = HubConnection.settings(session).cards();
    ModelDumpImport.Result result = new ModelDumpImport(session.store(),
        new CardFrontMatter(limits.headerMaxBytes(), limits.headerMaxDepth()), session.progress()).run(file);
    session.err().printf("models import: %,d model(s) imported from %s (%s), %,d with card text%n",
        result.imported(), result.file(), result.format(), result.cards());
    return ExitCode.SUCCESS;
  }
}
