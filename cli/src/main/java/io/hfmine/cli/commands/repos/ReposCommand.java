package io.hfmine.cli.commands.repos;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine repos}: GitHub repositories: metadata sync and downstream-project selection. */
@Command(name = "repos", mixinStandardHelpOptions = true,
    description = "GitHub repositories: metadata sync and downstream-project selection.",
    subcommands = {
        ReposSyncCommand.class,
        ReposSelectCommand.class,
    })
public final class ReposCommand extends GroupCommand {
}
