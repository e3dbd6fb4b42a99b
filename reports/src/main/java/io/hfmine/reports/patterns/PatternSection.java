package io.hfmine.reports.patterns;

import io.hfmine.reports.ReportDocument;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The report's usage-pattern section, written for a reader: groups by name with rounded quality
 * figures, then the largest groups' first patterns as call sequences and medoid snippets.
 */
public final class PatternSection {
  /** Medoid lines shown; a longer snippet is cut with a marker line. */
  static final int SNIPPET_LINES = 16;

  private PatternSection() {
  }

  public static void compose(PatternSummary summary, ReportDocument doc) {
    if (summary == null) {
      return;
    }
    doc.heading(2, "Usage patterns");
    doc.paragraph(String.format(Locale.ROOT, "Usages were grouped (by model, library or API) into %,d groups; %,d of "
            + "them were clustered, into %,d patterns over %,d usages. Groups too small or too large to cluster are "
            + "marked below. Coverage is the share of a group's call sequences its patterns cover; succinctness is 1 "
            + "minus patterns per distinct call sequence; silhouette (cosine) is the clusters' separation, from -1 "
            + "to 1.", summary.groups(), summary.clusteredGroups(), summary.patterns(), summary.clusteredUsages()));
    List<List<String>> rows = new ArrayList<>();
    for (PatternSummary.Group group : summary.largestGroups()) {
      rows.add(List.of(group.groupKey(), group.groupBy(), group.algorithm(), count(group.usages()),
          count(group.patterns()), count(group.noise()), fixed(group.silhouette()), percent(group.coverage()),
          fixed(group.succinctness()), group.status()));
    }
    doc.paragraph(summary.largestGroups().size() < summary.groups()
        ? "The " + summary.largestGroups().size() + " largest groups:" : "The groups, largest first:");
    doc.table(List.of("group", "grouped by", "algorithm", "usages", "patterns", "noise", "silhouette", "coverage",
        "succinctness", "status"), rows, false);
    for (PatternSummary.Group group : summary.largestGroups()) {
      if (group.firstPatterns().isEmpty()) {
        continue;
      }
      doc.heading(3, "Patterns of " + group.groupKey() + " (grouped by " + group.groupBy() + ")");
      for (PatternSummary.Pattern pattern : group.firstPatterns()) {
        doc.paragraph(describe(pattern, group));
        if (pattern.medoidSnippet() == null || pattern.medoidSnippet().isBlank()) {
          doc.paragraph("(No snippet is stored for its medoid.)");
        } else {
          doc.code("python", cut(pattern.medoidSnippet()));
        }
      }
      if (group.patterns() > group.firstPatterns().size()) {
        doc.paragraph(String.format(Locale.ROOT, "%,d more patterns of this group are in the table patterns "
            + "(hfmine export, or hfmine serve's pattern page).", group.patterns() - group.firstPatterns().size()));
      }
    }
  }

  private static String describe(PatternSummary.Pattern pattern, PatternSummary.Group group) {
    StringBuilder text = new StringBuilder(String.format(Locale.ROOT, "Pattern %d: %,d of %,d usages (%s).",
        pattern.number(), pattern.size(), group.usages(), percent(pattern.coverage())));
    text.append(pattern.apiSequence().isEmpty() ? " No calls beyond the loading call."
        : " Calls: " + String.join(" → ", pattern.apiSequence()) + ".");
    if (!pattern.keywords().isEmpty()) {
      text.append(" Keyword arguments: ").append(String.join(", ", pattern.keywords())).append('.');
    }
    text.append(" The medoid (the member nearest the others):");
    return text.toString();
  }

  private static String cut(String snippet) {
    List<String> lines = snippet.stripTrailing().lines().toList();
    if (lines.size() <= SNIPPET_LINES) {
      return String.join("\n", lines);
    }
    return String.join("\n", lines.subList(0, SNIPPET_LINES)) + "\n# … " + (lines.size() - SNIPPET_LINES)
        + " more lines";
  }

  private static String count(int value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  private static String fixed(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.2f", value);
  }

  private static String percent(Double value) {
    return value == null ? "–" : String.format(Locale.ROOT, "%.0f %%", value * 100);
  }
}
