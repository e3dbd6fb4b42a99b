package io.hfmine.cli.commands.stats;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine stats}: Resolution-time statistics and tests on any CSV. */
@Command(name = "stats", mixinStandardHelpOptions = true,
    description = "Resolution-time statistics and tests on any CSV.",
    subcommands = {
        ResolutionCommand.class,
        CompareCommand.class,
    })
public final class StatsCommand extends GroupCommand {
}
