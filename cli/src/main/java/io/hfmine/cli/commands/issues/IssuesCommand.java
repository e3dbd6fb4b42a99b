package io.hfmine.cli.commands.issues;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine issues}: GitHub issues of downstream projects: sync, import, classify, list. */
@Command(name = "issues", mixinStandardHelpOptions = true,
    description = "GitHub issues of downstream projects: sync, import, classify, list.",
    subcommands = {
        IssuesSyncCommand.class,
        IssuesImportCommand.class,
        IssuesClassifyCommand.class,
        IssuesListCommand.class,
    })
public final class IssuesCommand extends GroupCommand {
}
