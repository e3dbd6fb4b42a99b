package io.hfmine.cli.commands.models;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine models}: The Hugging Face model catalog: sync, cards, import, select, list, dedup, classify-se. */
@Command(name = "models", mixinStandardHelpOptions = true,
    description = "The Hugging Face model catalog: sync, cards, import, select, list, dedup, classify-se.",
    subcommands = {
        SyncCommand.class,
        CardsCommand.class,
        ImportCommand.class,
        SelectCommand.class,
        ListCommand.class,
        DedupCommand.class,
        ClassifySeCommand.class,
    })
public final class ModelsCommand extends GroupCommand {
}
