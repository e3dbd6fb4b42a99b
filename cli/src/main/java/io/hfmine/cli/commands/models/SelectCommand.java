package io.hfmine.cli.commands.models;

import io.hfmine.analyzers.models.ModelSelection;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.hf.HfSettings;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine models select}: selects the models to study and prints the funnel. */
@Command(name = "select", mixinStandardHelpOptions = true,
    description = {"Select the models to study and print the funnel (how many models each filter leaves).",
        "Defaults come from hf.select in the configuration (downloads >= 2,000, a card and tags); "
            + "the selection replaces the previous one."})
public final class SelectCommand extends BaseCommand {
  @Option(names = "--min-downloads", paramLabel = "N", description = "Keep models with at least N downloads (0 keeps all).")
  Long minDownloads;

  @Option(names = "--require-card", negatable = true, description = "Keep only models with a non-empty card (--no-require-card to keep all).")
  Boolean requireCard;

  @Option(names = "--require-tags", negatable = true, description = "Keep only models with at least one tag.")
  Boolean requireTags;

  @Option(names = "--library", paramLabel = "L", description = "Keep only models of this library (repeatable).")
  List<String> libraries = new ArrayList<>();

  @Override
  protected void validate() {
    if (minDownloads != null && minDownloads < 0) {
      throw new UsageException("--min-downloads must not be negative; got " + minDownloads);
    }
    if (libraries.stream().anyMatch(String::isBlank)) {
      throw new UsageException("--library must not be empty");
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    HfSettings.Select defaults = HubConnection.settings(session).select();
    ModelSelection.Spec spec = new ModelSelection.Spec(
        minDownloads != null ? minDownloads : defaults.minDownloads(),
        requireCard != null ? requireCard : defaults.requireCard(),
        requireTags != null ? requireTags : defaults.requireTags(),
        libraries.isEmpty() ? defaults.libraries() : libraries);
    FunnelTable.print(new ModelSelection(session.store()).run(spec), session.out());
    return ExitCode.SUCCESS;
  }
}
