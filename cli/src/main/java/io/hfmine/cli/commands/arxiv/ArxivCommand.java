package io.hfmine.cli.commands.arxiv;

import io.hfmine.cli.support.GroupCommand;
import picocli.CommandLine.Command;

/** {@code hfmine arxiv}: abstracts of the papers that models' and datasets' arxiv: tags name. */
@Command(name = "arxiv", mixinStandardHelpOptions = true,
    description = "Abstracts of the arXiv papers that models' and datasets' arxiv: tags name (SE-task study).",
    subcommands = {ArxivFetchCommand.class})
public final class ArxivCommand extends GroupCommand {
}
