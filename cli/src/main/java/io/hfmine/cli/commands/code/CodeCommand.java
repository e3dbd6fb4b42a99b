package io.hfmine.cli.commands.code;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine code}: GitHub code that mentions models: search and fetch. */
@Command(name = "code", mixinStandardHelpOptions = true,
    description = "GitHub code that mentions models: search and fetch.",
    subcommands = {
        CodeSearchCommand.class,
        CodeFetchCommand.class,
    })
public final class CodeCommand extends GroupCommand {
}
