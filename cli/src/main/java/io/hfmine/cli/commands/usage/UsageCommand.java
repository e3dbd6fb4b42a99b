package io.hfmine.cli.commands.usage;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine usage}: Model-loading calls parsed from Python and Java code. */
@Command(name = "usage", mixinStandardHelpOptions = true,
    description = "Model-loading calls parsed from Python and Java code.",
    subcommands = {
        UsageExtractCommand.class,
        UsageImportCommand.class,
        UsageScanCommand.class,
    })
public final class UsageCommand extends GroupCommand {
}
