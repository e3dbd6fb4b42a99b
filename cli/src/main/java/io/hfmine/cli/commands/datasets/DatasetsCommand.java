package io.hfmine.cli.commands.datasets;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine datasets}: Hugging Face datasets beside the models, for the SE-task study. */
@Command(name = "datasets", mixinStandardHelpOptions = true,
    description = "Hugging Face datasets beside the models (SE-task study): sync, cards.",
    subcommands = {
        DatasetsSyncCommand.class,
        DatasetsCardsCommand.class,
    })
public final class DatasetsCommand extends GroupCommand {
}
