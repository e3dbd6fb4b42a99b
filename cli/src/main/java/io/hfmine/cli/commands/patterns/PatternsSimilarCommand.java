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
  @Parameters(index = "0", paramLabel = "FILE:LINE",
      description = "Path (a suffix is enough) and line of a usage, or OWNER/REPO:PATH:LINE as hfmine prints it.")
  String location;

  @Option(names = "--k", paramLabel = "N", description = "How many neighbours (default: ${DEFAULT-VALUE}).")
  int k = 10;

  @Option(names = "--repository", paramLabel = "OWNER/NAME", description = "The repository, when FILE:LINE is ambiguous.")
  String repository;

  @Option(names = "--by", paramLabel = "GROUPING", description = "Search among usages of the same model (default), library or api.")
  PatternSettings.GroupBy by;

  private UsageLocation target;

  @Override
  protected void validate() {
    target = UsageLocation.parse(location);
    if (target.repository() != null && repository != null && !target.repository().equals(repository)) {
      throw new UsageException("--repository " + repository + " contradicts the repository in '" + location + "'");
    }
    if (k < 1) {
      throw new UsageException("--k must be at least 1, got " + k);
    }
  }

  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  @Override
  protected ExitCode execute(Session session) {
    SimilarUsages.Result result;
    try {
      result = new SimilarUsages(session.store(), PatternOptions.settings(session, by, null))
          .find(target.path(), target.line(), target.repository() != null ? target.repository() : repository, k);
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
