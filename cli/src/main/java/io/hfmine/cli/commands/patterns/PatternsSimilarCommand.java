package io.hfmine.cli.commands.patterns;

import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.patterns.SimilarUsages;
import io.hfmine.analyzers.patterns.Usage;
import io.hfmine.analyzers.patterns.UsagePattern;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine patterns similar FILE:LINE}: the usages most similar to a given one. */
@Command(name = "similar", mixinStandardHelpOptions = true,
    description = "List the usages most similar to the usage at FILE:LINE (cosine distance on TF-IDF features).")
public final class PatternsSimilarCommand extends BaseCommand {
  @Parameters(index = "0", paramLabel = "FILE:LINE", description = "Path (a suffix is enough) and line of a usage.")
  String location;

  @Option(names = "--k", paramLabel = "N", description = "How many neighbours (default: ${DEFAULT-VALUE}).")
  int k = 10;

  @Option(names = "--repository", paramLabel = "OWNER/NAME", description = "The repository, when FILE:LINE is ambiguous.")
  String repository;

  @Option(names = "--by", paramLabel = "GROUPING", description = "Search among usages of the same model (default), library or api.")
  PatternSettings.GroupBy by;

  private String path;
  private int line;

  @Override
  protected void validate() {
    int colon = location.lastIndexOf(':');
    if (colon <= 0 || colon == location.length() - 1) {
      throw new UsageException("FILE:LINE expected, got '" + location + "'");
    }
    path = location.substring(0, colon);
    try {
      line = Integer.parseInt(location.substring(colon + 1));
    } catch (NumberFormatException e) {
      throw new UsageException("FILE:LINE: '" + location.substring(colon + 1) + "' is not a line number");
    }
    if (line < 1) {
      throw new UsageException("FILE:LINE: the line must be at least 1, got " + line);
    }
    if (k < 1) {
      throw new UsageException("--k must be at least 1, got " + k);
    }
  }

  @Override
  protected ExitCode execute(Session session) {
    SimilarUsages.Result result;
    try {
      result = new SimilarUsages(session.store(), PatternOptions.settings(session, by, null))
          .find(path, line, repository, k);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    Usage target = result.target();
    session.err().println("usage " + target.location() + " (" + target.api() + "), among the usages of "
        + result.group());
    session.out().printf("%4s %8s  %-60s %s%n", "rank", "distance", "usage", "calls");
    int rank = 1;
    for (UsagePattern.Neighbour neighbour : result.neighbours()) {
      session.out().printf(Locale.ROOT, "%4d %8.4f  %-60s %s%n", rank++, neighbour.distance(),
          neighbour.usage().location(), String.join(" ", neighbour.usage().apiSequence()));
    }
    return ExitCode.SUCCESS;
  }
}
