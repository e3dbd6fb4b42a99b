package io.hfmine.cli.commands.issues;

import io.hfmine.analyzers.issues.IssueClassification;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.progress.Progress;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine issues classify}: PTM relevance, themes, sub-themes and type of every issue in the store. */
@Command(name = "classify", mixinStandardHelpOptions = true,
    description = "Label issues: PTM-related or not, challenge themes and sub-themes, issue type. "
        + "Labels are stored per method (rules, classifier, llm) with confidence and evidence.")
public final class IssuesClassifyCommand extends BaseCommand {
  /** The labelling methods. */
  public enum Method { rules, classifier, llm }

  @Option(names = "--method", defaultValue = "rules", description = "rules (default), classifier or llm.")
  Method method;

  @Option(names = "--repo", paramLabel = "OWNER/NAME", description = "Only the issues of this repository.")
  String repository;

  @Override
  protected ExitCode execute(Session session) {
    IssueSettings settings = IssueSettings.from(session.config());
    IssueLabeller labeller = IssueMethods.labeller(method.name(), session, settings);
    IssueClassification.Summary summary;
    try (Progress progress = session.progress().start("classify issues (" + method + ")")) {
      summary = IssueClassification.run(session.store(), labeller, repository, progress);
    }
    session.out().printf("method    %s%nissues    %,d%nptm       %,d%n", summary.source(), summary.issues(), summary.ptm());
    summary.themes().forEach((theme, count) -> session.out().printf("theme     %-4s %,d%n", theme, count));
    summary.types().forEach((type, count) -> session.out().printf("type      %-11s %,d%n", type, count));
    return ExitCode.SUCCESS;
  }
}
