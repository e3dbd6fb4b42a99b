package io.hfmine.cli.commands.patterns;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine patterns}: Usage patterns: clusters of usages with representative snippets. */
@Command(name = "patterns", mixinStandardHelpOptions = true,
    description = "Usage patterns: clusters of usages with representative snippets.",
    subcommands = {
        PatternsBuildCommand.class,
        PatternsShowCommand.class,
        PatternsSimilarCommand.class,
    })
public final class PatternsCommand extends GroupCommand {
}
