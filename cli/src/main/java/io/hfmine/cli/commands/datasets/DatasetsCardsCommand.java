package io.hfmine.cli.commands.datasets;

import io.hfmine.cli.commands.setasks.HubSources;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.hf.CardFetch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine datasets cards}: downloads dataset READMEs and parses their YAML front matter. */
@Command(name = "cards", mixinStandardHelpOptions = true,
    description = {"Download each dataset's README (/datasets/{id}/resolve/main/README.md) and parse its front matter "
        + "(license, tags, task_categories, language) into dataset_cards and dataset_card_metadata.",
        "Same outcomes and resumption as models cards."})
public final class DatasetsCardsCommand extends BaseCommand {
  @Option(names = "--refresh", description = "Fetch cards already stored again.")
  boolean refresh;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    CardFetch.Result result = HubSources.datasetCards(session).run(new CardFetch.Spec(false, refresh));
    session.err().printf("datasets cards: %d card(s) fetched %s; %d malformed header(s)%n",
        result.attempted(), result.byStatus(), result.malformedHeaders());
    return result.failed() > 0 ? ExitCode.PARTIAL : ExitCode.SUCCESS;
  }
}
