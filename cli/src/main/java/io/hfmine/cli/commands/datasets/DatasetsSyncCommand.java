package io.hfmine.cli.commands.datasets;

import io.hfmine.cli.commands.setasks.HubSources;
import io.hfmine.cli.commands.setasks.SeTaskRun;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.crawler.hf.ModelSync;
import io.hfmine.datasets.hf.DatasetListingSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine datasets sync}: lists datasets from the Hub into the store, resumably. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"List datasets from the Hugging Face Hub (GET /api/datasets) into the store (table datasets).",
        "Options default to se-tasks.datasets; pages and resumption work as for models sync."})
public final class DatasetsSyncCommand extends BaseCommand {
  @Option(names = "--search", paramLabel = "Q", description = "Only datasets whose id contains Q.")
  String search;

  @Option(names = "--author", paramLabel = "A", description = "Only datasets of this user or organisation.")
  String author;

  @Option(names = "--filter", paramLabel = "TAG", description = "Only datasets with this tag (repeatable).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--sort", paramLabel = "KEY", description = "Order, descending: downloads, likes, createdAt or lastModified.")
  String sort;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N datasets.")
  Integer max;

  @Override
  protected void validate() {
    if (sort != null && !DatasetListingSettings.SORTS.contains(sort)) {
      throw new UsageException("--sort must be one of downloads, likes, createdAt, lastModified; got '" + sort + "'");
    }
    if (max != null && max < 1) {
      throw new UsageException("--max must be at least 1; got " + max);
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    DatasetListingSettings defaults = SeTaskRun.settings(session).datasets();
    ModelQuery query = new ModelQuery(search != null ? search : defaults.search(),
        author != null ? author : defaults.author(), filters.isEmpty() ? defaults.filters() : filters, null,
        sort != null ? sort : defaults.sort(), max != null ? max : defaults.max());
    ModelSync.Result result = HubSources.syncDatasets(session, query);
    session.err().printf("datasets sync: %s%,d dataset(s) stored from %d page(s); %,d in this listing%n",
        result.resumed() ? "resumed; " : "", result.stored(), result.pages(), result.storedInAll());
    if (result.rejected() > 0) {
      session.err().printf("datasets sync: %,d unreadable record(s) of this listing were left out and kept in table"
          + " listing_rejects (each with its page, position and reason)%n", result.rejected());
    }
    return ExitCode.SUCCESS;
  }
}
