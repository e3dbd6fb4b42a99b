package io.hfmine.cli.commands.models;

import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.hf.CardFetch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine models cards}: downloads model READMEs and parses their YAML front matter. */
@Command(name = "cards", mixinStandardHelpOptions = true,
    description = {"Download each model's README (/{id}/resolve/main/README.md) and parse its YAML front matter "
        + "(license, tags, datasets, base_model, language, pipeline_tag, model-index).",
        "404 is recorded as a missing card; a malformed header is recorded and the run goes on. "
            + "Cards already stored are skipped, failed ones retried, so a killed run resumes."})
public final class CardsCommand extends BaseCommand {
  @Option(names = "--selected", description = "Only the models of the current selection (models select).")
  boolean selected;

  @Option(names = "--refresh", description = "Fetch cards already stored again.")
  boolean refresh;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    CardFetch.Result result = HubConnection.cardFetch(session).run(new CardFetch.Spec(selected, refresh));
    session.err().printf("models cards: %d card(s) fetched %s; %d malformed header(s)%n",
        result.attempted(), result.byStatus(), result.malformedHeaders());
    if (result.failed() > 0) {
      session.err().printf("models cards: %d card(s) failed; run the command again to retry them%n", result.failed());
      return ExitCode.PARTIAL;
    }
    return ExitCode.SUCCESS;
  }
}
