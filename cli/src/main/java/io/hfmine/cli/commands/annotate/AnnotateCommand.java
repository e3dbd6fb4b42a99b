package io.hfmine.cli.commands.annotate;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine annotate}: Manual annotation: export samples, import labels, agreement, evaluation. */
@Command(name = "annotate", mixinStandardHelpOptions = true,
    description = "Manual annotation: export samples, import labels, agreement, evaluation.",
    subcommands = {
        AnnotateExportCommand.class,
        AnnotateImportCommand.class,
        AnnotateAgreementCommand.class,
        AnnotateEvaluateCommand.class,
        AnnotateValidateCommand.class,
        io.hfmine.cli.commands.setasks.AnnotateSeTasksCommand.class,
    })
public final class AnnotateCommand extends GroupCommand {
}
