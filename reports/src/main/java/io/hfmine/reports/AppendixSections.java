package io.hfmine.reports;

import static io.hfmine.analyzers.stats.Figures.number;

import io.hfmine.reports.AppendixReader.PatternOverview;
import io.hfmine.reports.AppendixReader.PatternSummary;
import io.hfmine.reports.AppendixReader.Stage;
import io.hfmine.reports.ReportData.FunnelStep;
import io.hfmine.reports.ReportData.RunInfo;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The parts that make the report read like a paper's appendix: methods, end-to-end funnel, usage patterns. */
final class AppendixSections {
  /** Lines of a medoid snippet shown; longer ones are cut with a note. */
  static final int SNIPPET_LINES = 12;
  /** Characters per snippet line shown, so code never makes the page scroll sideways. */
  static final int SNIPPET_WIDTH = 100;

  private AppendixSections() {
  }

  /** A short methods paragraph built from what the stored run and funnel record. */
  static void methods(ReportData data, ReportDocument doc) {
    doc.heading(2, "Methods");
    List<String> sentences = new ArrayList<>();
    Map<String, List<FunnelStep>> bySelection = new LinkedHashMap<>();
    data.funnel().forEach(step -> bySelection.computeIfAbsent(step.selection(), k -> new ArrayList<>()).add(step));
    bySelection.forEach((selection, steps) -> sentences.add(String.format(Locale.ROOT,
        "%s were selected in %d steps (%s), from %,d to %,d.", capitalise(selection), steps.size(),
        String.join("; ", steps.stream().map(FunnelStep::description).toList()), steps.get(0).remaining(),
        steps.get(steps.size() - 1).remaining())));
    RunInfo run = data.run();
    if (run != null) {
      sentences.add(String.format(Locale.ROOT, "Issues were labelled PTM-related or not, and with challenge themes, "
          + "by the first of these label sources that labelled them: %s.", run.labelSources().replace(",", ", ")));
      sentences.add("Resolution time is counted in " + run.dayCountingDefinition() + "; the tests are repeated with "
          + "the other reading of \"days\" (see the sensitivity table).");
      sentences.add(String.format(Locale.ROOT, "Closed PTM and non-PTM issues were balanced per project by random "
          + "sampling (seed %d), dropping projects where a group is empty. PTM against non-PTM issues: Mann-Whitney U "
          + "(alternative %s, x = PTM issues) with A12 and Cliff's delta, and, keeping open issues as censored, "
          + "Kaplan-Meier curves and the log-rank test. Issue-type balance: chi-square test of independence. Themes "
          + "and sub-themes with at least %d closed PTM issues: Kruskal-Wallis H with epsilon-squared and Dunn's test "
          + "with Holm's adjustment. Medians carry %s%% percentile-bootstrap intervals (%,d resamples). Significance "
          + "level %s.", run.seed(), run.alternative(), run.minGroupSize(), number(run.confidence() * 100),
          run.bootstrapResamples(), number(data.alpha())));
      sentences.add("Rank tests follow SciPy's conventions and survival estimates R's survival package, so every "
          + "number can be checked there (conventions listed at the end).");
    }
    if (sentences.isEmpty()) {
      doc.paragraph("No selection or study run is recorded in the store yet.");
    } else {
      doc.paragraph(String.join(" ", sentences));
    }
  }

  static void endToEndFunnel(List<Stage> stages, ReportDocument doc) {
    List<Stage> shown = stages.stream().filter(s -> s.count() > 0).toList();
    if (shown.isEmpty()) {
      return;
    }
    doc.heading(3, "From Hub models to sampled issues");
    doc.table(List.of("stage", "count"), shown.stream()
        .map(s -> List.of(s.what(), String.format(Locale.ROOT, "%,d", s.count()))).toList(), true);
  }

  static void patterns(PatternOverview overview, List<PatternSummary> patterns, ReportDocument doc) {
    if (overview.groups() == 0) {
      return;
    }
    doc.heading(2, "Usage patterns");
    doc.paragraph(String.format(Locale.ROOT, "%,d usages in %,d groups: %,d clustered into %,d patterns, %,d too small "
            + "and %,d too large to cluster. Below, the %d largest clustered groups with their %d largest patterns: "
            + "the share of the group's usages each covers, its most frequent call sequence and its medoid (the usage "
            + "nearest to all others in the pattern).", overview.usages(), overview.groups(), overview.clustered(),
        overview.patterns(), overview.tooSmall(), overview.tooLarge(), AppendixReader.PATTERN_GROUPS,
        AppendixReader.PATTERNS_PER_GROUP));
    String current = null;
    for (PatternSummary p : patterns) {
      String group = p.groupBy() + " " + p.groupKey();
      if (!group.equals(current)) {
        current = group;
        doc.heading(3, group);
        doc.paragraph(String.format(Locale.ROOT, "%,d usages, %d patterns%s.", p.groupUsages(), p.groupPatterns(),
            p.silhouette() == null ? "" : String.format(Locale.ROOT, ", mean silhouette %.2f", p.silhouette())));
      }
      doc.paragraph(String.format(Locale.ROOT, "Pattern %d: %.0f%% of the usages (%,d)%s%s.", p.pattern(),
          p.coverage() * 100, p.size(), p.apiSequence().isEmpty() ? "" : "; calls " + String.join(" → ", p.apiSequence()),
          p.location() == null ? "" : "; medoid at " + p.location()));
      if (p.snippet() != null && !p.snippet().isBlank()) {
        doc.code("python", snippet(p.snippet()));
      }
    }
  }

  /** The first lines of a snippet, each cut to a readable width. */
  static String snippet(String text) {
    List<String> lines = text.strip().lines().toList();
    List<String> shown = new ArrayList<>();
    for (String line : lines.subList(0, Math.min(SNIPPET_LINES, lines.size()))) {
      shown.add(line.length() <= SNIPPET_WIDTH ? line : line.substring(0, SNIPPET_WIDTH - 1) + "…");
    }
    if (lines.size() > SNIPPET_LINES) {
      shown.add("# … " + (lines.size() - SNIPPET_LINES) + " more lines");
    }
    return String.join("\n", shown);
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
