package io.hfmine.cli.commands.stats;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.stats.compare.ComparisonJson;
import io.hfmine.analyzers.stats.compare.ComparisonResult;
import io.hfmine.analyzers.stats.compare.ComparisonSettings;
import io.hfmine.analyzers.stats.compare.ComparisonText;
import io.hfmine.analyzers.stats.compare.CompareSpec;
import io.hfmine.analyzers.stats.compare.CsvComparison;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.InputFiles;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine stats compare}: Mann-Whitney or Kruskal-Wallis + Dunn on the groups of any CSV. */
@Command(name = "compare", mixinStandardHelpOptions = true,
    description = {"Compare a numeric column across the groups of a CSV file with SciPy's conventions.",
        "Two groups: Mann-Whitney U with A12 and Cliff's delta, two-sided as SciPy's default; a one-sided "
            + "test names its group: --alternative greater --first GROUP. More: Kruskal-Wallis H with "
            + "epsilon-squared and Dunn's test with Holm.",
        "The output states the SciPy call that gives the same answer."})
public final class CompareCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE.csv", description = "CSV file with a header row (UTF-8, comma-separated).")
  Path file;

  @Option(names = "--group-col", required = true, paramLabel = "G", description = "Column naming each row's group.")
  String groupColumn;

  @Option(names = "--value-col", required = true, paramLabel = "V", description = "Numeric column to compare.")
  String valueColumn;

  @Option(names = "--alternative", paramLabel = "ALT",
      description = "two-sided (default, as SciPy), greater or less: how the --first group differs from the other.")
  String alternative;

  @Option(names = "--first", paramLabel = "GROUP",
      description = "The group a one-sided alternative is about (x of the test); required with greater or less.")
  String first;

  @Option(names = "--groups", split = ",", paramLabel = "GROUP",
      description = "Only these groups, in this order (default: all, in order of first appearance).")
  List<String> groups;

  @Option(names = "--skip-missing", description = "Leave out rows with an empty or NA value (counted) instead of failing.")
  boolean skipMissing;

  @Option(names = "--seed", paramLabel = "N", description = "Seed of the median bootstrap (default: stats.seed).")
  Long seed;

  @Option(names = "--json", description = "Print one JSON object instead of tables.")
  boolean json;

  @Override
  protected void validate() {
    if (alternative != null) {
      try {
        Alternative.parse(alternative);
      } catch (IllegalArgumentException e) {
        throw new UsageException("--alternative: " + e.getMessage());
      }
    }
    if (first == null && alternative != null && Alternative.parse(alternative) != Alternative.TWO_SIDED) {
      throw new UsageException("--alternative " + alternative + " needs --first GROUP: the group that is "
          + alternative + " than the other (a one-sided test never takes its direction from row order)");
    }
    if (first != null && groups != null && !groups.isEmpty() && !groups.contains(first)) {
      throw new UsageException("--first " + first + " is not among --groups " + String.join(",", groups));
    }
  }

  @Override
  protected ExitCode execute(Session session) throws Exception {
    InputFiles.requireFile(file, "FILE.csv");
    StatsSettings settings = session.config().section("stats", StatsSettings.class);
    // stats.alternative is the resolution study's hypothesis about PTM issues; a CSV's groups
    // have no such default, so this command follows SciPy's.
    ComparisonSettings comparison = new ComparisonSettings(
        alternative != null ? Alternative.parse(alternative) : Alternative.TWO_SIDED, first,
        settings.confidence(), settings.bootstrapResamples(), seed != null ? seed : settings.seed());
    ComparisonResult result = CsvComparison.run(
        new CompareSpec(file, groupColumn, valueColumn, groups, skipMissing, comparison));
    if (result.skipped() > 0) {
      session.err().printf("%s: %,d row(s) without a value left out (--skip-missing)%n", file, result.skipped());
    }
    if (json) {
      session.out().println(new ObjectMapper().writeValueAsString(ComparisonJson.of(result)));
    } else {
      session.out().printf("%s: '%s' by '%s', %d groups, %,d values%n%n", file, valueColumn, groupColumn,
          result.groups().size(), result.groups().stream().mapToInt(g -> g.descriptives().n()).sum());
      ComparisonText.write(result, session.out());
    }
    return ExitCode.SUCCESS;
  }
}
