package io.hfmine.cli.commands.repos;

import io.hfmine.analyzers.repos.ExclusionList;
import io.hfmine.analyzers.repos.FunnelStep;
import io.hfmine.analyzers.repos.RepoSelectSettings;
import io.hfmine.analyzers.repos.RepositoryMetric;
import io.hfmine.analyzers.repos.RepositorySelection;
import io.hfmine.analyzers.repos.RepositorySelectionSpec;
import io.hfmine.analyzers.repos.SelectionOutcome;
import io.hfmine.analyzers.repos.Threshold;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine repos select}: picks the downstream projects of the issue study and prints the funnel. */
@Command(name = "select",
    description = {
        "Select the downstream projects of the issue study from the synced repositories: drop gone,"
            + " forked, archived and excluded repositories, keep the configured languages, apply a"
            + " minimum per metric (or the elbow of threshold vs projects left with --elbow), drop"
            + " tutorials, homework, courses, coding challenges, awesome-lists and model repositories"
            + " by keyword, and keep English descriptions. Rules: section repos-select of the configuration.",
        "Prints the funnel as each step ends (step, rule, projects left) and records the selection"
            + " in repository_selection and selection_funnel (selection 'repositories')."},
    exitCodeListHeading = "Exit codes:%n",
    exitCodeList = {"0:selected (or printed, with --dry-run)", "1:runtime failure", "2:usage error"})
public final class ReposSelectCommand extends BaseCommand {
  @Option(names = {"-h", "--help"}, usageHelp = true, description = "Show this help and exit.")
  boolean help;

  @Option(names = "--elbow", description = "Pick every configured metric's minimum at the elbow of threshold vs projects left (Kneedle).")
  boolean elbow;

  @Option(names = "--min", paramLabel = "METRIC=VALUE",
      description = "Override one threshold: a whole number, 'elbow' or 'off' (metrics: stars, forks, watchers,"
          + " open-issues, issues-total, commits, size-kb). Repeatable.")
  Map<String, String> minimums = new LinkedHashMap<>();

  @Option(names = "--language", paramLabel = "LANGUAGE",
      description = "Keep this primary language instead of the configured ones. Repeatable.")
  List<String> languages = new ArrayList<>();

  @Option(names = "--exclude", paramLabel = "FILE",
      description = "A list of repositories never to select (OWNER/NAME or GitHub links, one a line, # comments). Repeatable.")
  List<Path> excludeFiles = new ArrayList<>();

  @Option(names = "--dry-run", description = "Only print the funnel; record nothing.")
  boolean dryRun;

  @Option(names = "--explain", description = "After the funnel, print each dropped repository with the step and reason.")
  boolean explain;

  @Override
  protected void validate() {
    minimums.forEach((metric, value) -> {
      try {
        RepositoryMetric.byKey(metric);
        Threshold.parse(value);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--min " + metric + "=" + value + ": " + e.getMessage());
      }
    });
    for (Path file : excludeFiles) {
      if (!Files.isRegularFile(file)) {
        throw new UsageException("exclusion list " + file + " does not exist or is not a file");
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    List<String> excluded = new ArrayList<>();
    for (Path file : excludeFiles) {
      try {
        excluded.addAll(ExclusionList.read(file));
      } catch (IllegalArgumentException e) {
        throw new UsageException(e.getMessage());
      }
    }
    RepositorySelectionSpec spec = new RepositorySelectionSpec(settings(session, languages, minimums), elbow, excluded,
        dryRun);
    PrintWriter out = session.out();
    out.printf("%4s  %-60s %13s%n", "step", "rule", "projects left");
    SelectionOutcome outcome = new RepositorySelection(session.store()).run(spec, step -> print(out, step));
    if (explain) {
      out.println();
      outcome.dropped().forEach((name, reason) -> out.printf("%s\t%s%n", name, reason));
    }
    int selected = outcome.selected().size();
    session.err().printf("%,d %s selected%s%n", selected, selected == 1 ? "repository" : "repositories",
        dryRun ? " (dry run: nothing recorded)" : "; recorded in repository_selection and selection_funnel");
    return ExitCode.SUCCESS;
  }

  /** The {@code repos-select} section with the command line's languages and minimums (empty: none). */
  public static RepoSelectSettings settings(Session session, List<String> languages, Map<String, String> minimums) {
    return session.config().section("repos-select", RepoSelectSettings.class).withOverrides(languages, minimums);
  }

  private static void print(PrintWriter out, FunnelStep step) {
    out.printf("%4d  %-60s %,13d%n", step.step(), step.rule(), step.remaining());
    out.flush();
  }
}
