package io.hfmine.cli;

import io.hfmine.cli.commands.ReportCommand;
import io.hfmine.cli.commands.RunCommand;
import io.hfmine.cli.commands.StatusCommand;
import io.hfmine.cli.commands.annotate.AnnotateCommand;
import io.hfmine.cli.commands.demo.DemoCommand;
import io.hfmine.cli.commands.code.CodeCommand;
import io.hfmine.cli.commands.export.ExportCommand;
import io.hfmine.cli.commands.issues.IssuesCommand;
import io.hfmine.cli.commands.models.ModelsCommand;
import io.hfmine.cli.commands.patterns.PatternsCommand;
import io.hfmine.cli.commands.pick.PickCommand;
import io.hfmine.cli.commands.repos.ReposCommand;
import io.hfmine.cli.commands.serve.ServeCommand;
import io.hfmine.cli.commands.stats.StatsCommand;
import io.hfmine.cli.commands.usage.UsageCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.VersionProvider;
import io.hfmine.cli.support.GlobalOptions;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The top-level {@code hfmine} command; every feature is a subcommand. */
@Command(
    name = "hfmine",
    mixinStandardHelpOptions = true,
    versionProvider = VersionProvider.class,
    description = "Mines how Hugging Face pre-trained models are reused on GitHub and turns it into "
        + "research datasets and statistics.",
    exitCodeListHeading = "%nExit codes:%n",
    exitCodeList = {
        ExitCode.SUCCESS_TEXT,
        ExitCode.FAILURE_TEXT,
        ExitCode.USAGE_TEXT,
        ExitCode.PARTIAL_TEXT},
    subcommands = {
        DemoCommand.class,
        io.hfmine.cli.commands.init.InitCommand.class,
        io.hfmine.cli.commands.plan.PlanCommand.class,
        RunCommand.class,
        ModelsCommand.class,
        io.hfmine.cli.commands.datasets.DatasetsCommand.class,
        io.hfmine.cli.commands.arxiv.ArxivCommand.class,
        CodeCommand.class,
        ReposCommand.class,
        IssuesCommand.class,
        UsageCommand.class,
        PatternsCommand.class,
        PickCommand.class,
        AnnotateCommand.class,
        StatsCommand.class,
        ReportCommand.class,
        ServeCommand.class,
        ExportCommand.class,
        io.hfmine.cli.commands.datasetimport.DatasetImportCommand.class,
        StatusCommand.class,
        io.hfmine.cli.commands.archive.ArchiveCommand.class,
        io.hfmine.cli.commands.sql.SqlCommand.class,
    })
public final class HfmineCommand implements Runnable {
  @Spec
  CommandSpec spec;

  @Mixin
  GlobalOptions globals = new GlobalOptions();

  /** The global options, wherever on the command line they were given. */
  public GlobalOptions globals() {
    return globals;
  }

  @Override
  public void run() {
    throw new ParameterException(spec.commandLine(), "a command is required (see hfmine --help)");
  }
}
