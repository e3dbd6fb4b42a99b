package io.hfmine.cli.commands.archive;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine archive}: the replay archive that --record writes and --replay reads. */
@Command(name = "archive", mixinStandardHelpOptions = true,
    description = "The replay archive that --record writes and --replay reads.",
    subcommands = {ArchivePackCommand.class})
public final class ArchiveCommand extends GroupCommand {
}
