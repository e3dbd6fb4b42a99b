package io.hfmine.cli.commands;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.reports.ReportSettings;
import io.hfmine.reports.StudyReport;
import java.nio.file.Path;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine report}: the study report as one self-contained HTML file plus Markdown. */
@Command(name = "report", mixinStandardHelpOptions = true,
    description = {"Write the study report from the store: report.html (self-contained, inline SVG charts), "
        + "report.md and its figures/: data funnel, taxonomy counts, resolution-time box plots, tests with effect "
        + "sizes, and usage-pattern tables when they have rows."})
public final class ReportCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Option(names = "--out", paramLabel = "DIR",
      description = "Output directory (default: report.out-dir inside the work directory).")
  Path out;

  @Override
  protected ExitCode execute(Session session) {
    StudyReport.Written written = write(session, out);
    session.out().println(written.html());
    session.out().println(written.markdown());
    session.err().printf("report written: %s and %s (%d figures)%n", written.html(), written.markdown(), written.figures());
    return ExitCode.SUCCESS;
  }

  /** Writes the report of the session's store into {@code out}, or report.out-dir when null. */
  public static StudyReport.Written write(Session session, Path out) {
    ReportSettings settings = session.config().section("report", ReportSettings.class);
    StatsSettings stats = session.config().section("stats", StatsSettings.class);
    Path dir = out != null ? out : session.workDir().resolve(settings.outDir());
    IssueSettings issues = session.config().section("issues", IssueSettings.class);
    return StudyReport.write(session.store(), dir, settings.title(), stats.alpha(), stats.labelSources(),
        Taxonomy.load(issues.taxonomy()).names(), Clock.systemUTC());
  }
}
