package io.hfmine.cli.commands.models;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.crawler.hf.ModelSync;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine models sync}: lists models from the Hub into the store, resumably. */
@Command(name = "sync", mixinStandardHelpOptions = true,
    description = {"List models from the Hugging Face Hub (GET /api/models) into the store.",
        "Follows the Link rel=\"next\" cursor; each page is stored with its cursor in one transaction, "
            + "so a killed sync resumes where it stopped and never stores a model twice."})
public final class SyncCommand extends BaseCommand {
  @Option(names = "--search", paramLabel = "Q", description = "Only models whose id contains Q.")
  String search;

  @Option(names = "--author", paramLabel = "A", description = "Only models of this user or organisation.")
  String author;

  @Option(names = "--filter", paramLabel = "TAG", description = "Only models with this tag (repeatable; all must match).")
  List<String> filters = new ArrayList<>();

  @Option(names = "--pipeline-tag", paramLabel = "T", description = "Only models of this pipeline tag, e.g. text-classification.")
  String pipelineTag;

  @Option(names = "--sort", paramLabel = "KEY",
      description = "Order, descending: downloads, likes, createdAt or lastModified.")
  String sort;

  @Option(names = "--max", paramLabel = "N", description = "Stop after N models.")
  Integer max;

  private ModelQuery query;

  @Override
  protected void validate() {
    if (sort != null && !ModelQuery.SORTS.contains(sort)) {
      throw new UsageException("--sort must be one of downloads, likes, createdAt, lastModified; got '" + sort + "'");
    }
    if (max != null && max < 1) {
      throw new UsageException("--max must be at least 1; got " + max);
    }
    query = new ModelQuery(search, author, filters, pipelineTag, sort, max);
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    ModelSync sync = new ModelSync(session.store(), HubConnection.client(session), session.progress());
    ModelSync.Result result = sync.run(query, HubConnection.settings(session).pageSize());
    session.err().printf("models sync: %s%,d model(s) stored from %d page(s); %,d in this listing%n",
        result.resumed() ? "resumed; " : "", result.stored(), result.pages(), result.storedInAll());
    if (result.rejected() > 0) {
      session.err().printf("models sync: %,d unreadable record(s) of this listing were left out and kept in table"
          + " listing_rejects (each with its page, position and reason)%n", result.rejected());
    }
    return ExitCode.SUCCESS;
  }
}
