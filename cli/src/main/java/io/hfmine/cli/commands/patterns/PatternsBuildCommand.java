package io.hfmine.cli.commands.patterns;

import io.hfmine.analyzers.patterns.GroupPatterns;
import io.hfmine.analyzers.patterns.PatternBuilder;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.progress.Progress;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine patterns build}: clusters the usages of each group and stores the patterns. */
@Command(name = "build", mixinStandardHelpOptions = true,
    description = "Cluster the usages of each model (or library, or API) into usage patterns and store them.")
public final class PatternsBuildCommand extends BaseCommand {
  @Option(names = "--model", paramLabel = "ID", description = "Only this model (repeatable); with --by model.")
  List<String> models = new ArrayList<>();

  @Option(names = "--key", paramLabel = "KEY", description = "Only this library or API (repeatable); with --by library|api.")
  List<String> keys = new ArrayList<>();

  @Option(names = "--algorithm", paramLabel = "NAME", description = "kmeans, hierarchical or dbscan (default: patterns.algorithm).")
  PatternSettings.Algorithm algorithm;

  @Option(names = "--by", paramLabel = "GROUPING", description = "model, library or api (default: patterns.group-by).")
  PatternSettings.GroupBy by;

  @Option(names = "--summarize",
      description = "Summarise each pattern with the llm-client chat endpoint (patterns.summary.enabled).")
  boolean summarize;

  @Option(names = "--resume", description = "Skip groups already stored with the same algorithm and seed.")
  boolean resume;

  @Override
  protected void validate() {
    if (!models.isEmpty() && by != null && by != PatternSettings.GroupBy.MODEL) {
      throw new UsageException("--model selects model groups; with --by " + by.key() + " use --key");
    }
    if (!keys.isEmpty() && !models.isEmpty()) {
      throw new UsageException("--model and --key cannot be used together");
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    PatternSettings settings = PatternOptions.settings(session, by, algorithm);
    if (!models.isEmpty() && settings.groupBy() != PatternSettings.GroupBy.MODEL) {
      throw new UsageException("--model selects model groups, but patterns.group-by is " + settings.groupBy().key()
          + "; add --by model");
    }
    if (summarize) {
      settings = settings.withSummaryEnabled(true);
    }
    ChatModel chat = settings.summary().enabled() ? session.chatModel() : null;
    List<String> selected = models.isEmpty() ? keys : models;
    PatternBuilder.Report report;
    try (Progress progress = session.progress().start("patterns build")) {
      report = new PatternBuilder(session.store(), settings, chat, Clock.systemUTC()).build(selected, resume, progress);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    int width = report.groupBy().key().length();
    for (PatternBuilder.BuiltGroup group : report.groups()) {
      width = Math.max(width, group.key().length());
    }
    String row = "%-" + width + "s %8s %-10s %8s %6s %4s %10s %8s %12s%n";
    session.out().printf(row, report.groupBy().key(), "usages", "status", "patterns", "noise", "k", "silhouette",
        "coverage", "succinctness");
    long tooSmall = 0;
    for (PatternBuilder.BuiltGroup group : report.groups()) {
      session.out().printf(Locale.ROOT, row, group.key(), group.usages(), group.status().key(), group.patterns(),
          group.noise(), group.chosenK() == null ? "-" : group.chosenK(), figure(group.silhouette()),
          figure(group.coverage()), figure(group.succinctness()));
      if (group.status() == GroupPatterns.Status.TOO_SMALL) {
        tooSmall++;
      } else if (group.status() != GroupPatterns.Status.CLUSTERED) {
        session.err().println(report.groupBy().key() + " " + group.key() + " not clustered: " + group.message());
      }
    }
    if (tooSmall > 0) {
      session.err().println(tooSmall + " groups below patterns.min-group-size were reported, not clustered");
    }
    for (String problem : report.summaryProblems()) {
      session.err().println("summary missing: " + problem);
    }
    session.err().printf("%d of %d groups clustered with %s; patterns stored in %s%n", report.clustered(),
        report.groups().size(), report.algorithm().key(), session.store().file());
    return report.summaryProblems().isEmpty() ? ExitCode.SUCCESS : ExitCode.PARTIAL;
  }

  private static String figure(double value) {
    return Double.isFinite(value) ? String.format(Locale.ROOT, "%.3f", value) : "-";
  }
}
