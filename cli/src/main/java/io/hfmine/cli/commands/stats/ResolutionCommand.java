package io.hfmine.cli.commands.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyJson;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyResult;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyRun;
import io.hfmine.analyzers.stats.resolution.ResolutionStudyText;
import io.hfmine.analyzers.stats.resolution.StudySettings;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.progress.Progress;
import java.time.Clock;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code hfmine stats resolution}: the resolution-time study on the store's issues and labels. */
@Command(name = "resolution", mixinStandardHelpOptions = true,
    description = {"Resolution times of PTM vs non-PTM issues: balanced per-project sample, issue-type chi-square, "
        + "one-sided Mann-Whitney U, Kruskal-Wallis across themes and sub-themes with Dunn-Holm, effect sizes "
        + "and descriptives. Results replace the previous run in the resolution_* tables."})
public final class ResolutionCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the sampling and bootstrap (default: stats.seed).")
  Long seed;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    StudySettings settings = settings(session, seed);
    ResolutionStudyResult result;
    try (Progress progress = session.progress().start("stats resolution")) {
      result = ResolutionStudyRun.run(session.store(), settings, progress, Clock.systemUTC());
    }
    if (json) {
      session.out().println(new ObjectMapper().setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
          .writeValueAsString(ResolutionStudyJson.of(result)));
    } else {
      ResolutionStudyText.write(result, session.out());
    }
    session.err().printf("stored in %s (tables resolution_*)%n", session.store().file());
    return ExitCode.SUCCESS;
  }

  /** The study's settings from the {@code stats} section, with a seed given on the command line (or null). */
  public static StudySettings settings(Session session, Long seed) {
    StatsSettings stats = session.config().section("stats", StatsSettings.class);
    if (seed != null) {
      stats = stats.withSeed(seed);
    }
    try {
      return StudySettings.from(stats);
    } catch (IllegalArgumentException e) {
      throw new UsageException("configuration " + e.getMessage());
    }
  }
}
