package io.hfmine.cli.commands.patterns;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.analyzers.patterns.PatternCatalog;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.patterns.StoredGroup;
import io.hfmine.analyzers.patterns.Usage;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import java.io.PrintWriter;
import java.util.Locale;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine patterns show MODEL}: the stored patterns of a model with representative snippets. */
@Command(name = "show", mixinStandardHelpOptions = true,
    description = "Print the stored usage patterns of a model (or library, or API) with representative snippets.")
public final class PatternsShowCommand extends BaseCommand {
  @Override
  protected boolean needsExistingStore() {
    return true;
  }

  private static final ObjectMapper JSON = new ObjectMapper().disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  @Parameters(index = "0", paramLabel = "MODEL", description = "Model id (or library / API with --by).")
  String key;

  @Option(names = "--by", paramLabel = "GROUPING", description = "model, library or api (default: model).")
  PatternSettings.GroupBy by = PatternSettings.GroupBy.MODEL;

  @Option(names = "--json", description = "One JSON document instead of text.")
  boolean json;

  @Override
  protected ExitCode execute(Session session) throws Exception {
    StoredGroup group;
    try {
      group = new PatternCatalog(session.store()).group(by, key);
    } catch (IllegalArgumentException e) {
      throw new UsageException(e.getMessage());
    }
    if (json) {
      session.out().println(JSON.writeValueAsString(group));
    } else {
      print(group, session.out());
    }
    return ExitCode.SUCCESS;
  }

  private static void print(StoredGroup group, PrintWriter out) {
    StoredGroup.Header header = group.header();
    out.printf(Locale.ROOT, "%s %s: %d usages, %s with %s", header.groupBy(), header.key(), header.usages(),
        header.status(), header.algorithm());
    if (header.message() != null) {
      out.printf(" (%s)%n", header.message());
      return;
    }
    out.printf(Locale.ROOT, ", %d patterns, %d noise, silhouette %s, coverage %s, succinctness %s%n",
        header.patterns(), header.noise(), figure(header.silhouette()), figure(header.coverage()),
        figure(header.succinctness()));
    for (StoredGroup.Pattern pattern : group.patterns()) {
      out.println();
      out.printf(Locale.ROOT, "pattern %d: %d usages (%.1f%%)%n", pattern.number(), pattern.size(),
          100 * pattern.coverage());
      out.println("  calls:    " + String.join(" -> ", pattern.sequence()));
      out.println("  keywords: " + (pattern.keywordArgs().isEmpty() ? "(none)" : String.join(", ", pattern.keywordArgs())));
      if (pattern.summary() != null) {
        out.println("  summary:  " + pattern.summary());
      }
      Usage representative = pattern.representative();
      if (representative != null) {
        out.println("  representative: " + representative.location());
        String snippet = representative.snippet() == null ? "" : representative.snippet().stripTrailing();
        for (String line : snippet.split("\n")) {
          out.println("    | " + line);
        }
      }
      if (!pattern.nearest().isEmpty()) {
        out.println("  also: " + String.join(", ", pattern.nearest().stream().map(Usage::location).toList()));
      }
    }
    if (!group.noise().isEmpty()) {
      out.println();
      out.println("noise: " + group.noise().size() + " usages no pattern takes");
      for (Usage usage : group.noise()) {
        out.println("  " + usage.location() + "  " + String.join(" ", usage.apiSequence()));
      }
    }
  }

  private static String figure(Double value) {
    return value == null ? "-" : String.format(Locale.ROOT, "%.3f", value);
  }
}
