package io.hfmine.cli.commands.setasks;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine annotate se-tasks}: human labels that validate the SE-task LLM step. */
@Command(name = "se-tasks", mixinStandardHelpOptions = true,
    description = "Validate the LLM step of the SE-task classification: draw pilot and generalisation samples, "
        + "import human labels, compare the LLM with them (Cohen's kappa per activity).",
    subcommands = {
        SeTaskExportCommand.class,
        SeTaskImportCommand.class,
        SeTaskValidateCommand.class,
    })
public final class AnnotateSeTasksCommand extends GroupCommand {
}
