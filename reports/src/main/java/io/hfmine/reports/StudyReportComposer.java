package io.hfmine.reports;

import static io.hfmine.analyzers.stats.Figures.number;
import static io.hfmine.analyzers.stats.Figures.pValue;

import io.hfmine.analyzers.stats.resolution.EffectSize;
import io.hfmine.analyzers.stats.resolution.PairwiseComparison;
import io.hfmine.analyzers.stats.resolution.ProjectSample;
import io.hfmine.analyzers.stats.resolution.StudyTest;
import io.hfmine.reports.ReportData.DescriptiveRow;
import io.hfmine.reports.ReportData.FunnelStep;
import io.hfmine.reports.ReportData.LabelCount;
import io.hfmine.reports.ReportData.PatternTable;
import io.hfmine.reports.ReportData.RunInfo;
import io.hfmine.reports.svg.BarChartSvg;
import io.hfmine.reports.svg.BarChartSvg.Bar;
import io.hfmine.reports.svg.BoxPlotSvg;
import io.hfmine.reports.svg.BoxPlotSvg.Box;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

/** Lays out the report's sections from the store's numbers. */
public final class StudyReportComposer {
  static final String PTM_COLOUR = "#d1495b";
  static final String NON_PTM_COLOUR = "#1b6ca8";
  static final String THEME_COLOUR = "#66a182";
  /** Sub-theme pairs are many (up to 496); only the significant ones are listed. */
  static final double LISTED_PAIR_ALPHA = 0.05;

  private StudyReportComposer() {
  }

  public static ReportDocument compose(ReportData data) {
    return compose(data, null);
  }

  /** The report, with the SE-task study's section when {@code seTasks} is given. */
  public static ReportDocument compose(ReportData data, io.hfmine.reports.setasks.SeTaskReportData seTasks) {
    ReportDocument doc = new ReportDocument(data.title());
    doc.paragraph("Generated " + data.generatedAt().withNano(0).toString().replace('T', ' ') + " UTC from the store " + data.storeFile()
        + ". Every number below is read from that store.");
    funnel(data, doc);
    taxonomy(data, doc);
    resolution(data, doc);
    patterns(data, doc);
    if (seTasks != null && seTasks.present()) {
      io.hfmine.reports.setasks.SeTaskSection.append(seTasks, doc);
    }
    doc.heading(2, "Statistical conventions");
    doc.paragraph("All tests follow SciPy's conventions, so the numbers can be checked with scipy.stats:");
    doc.list(data.run() != null ? data.run().conventions() : io.hfmine.analyzers.stats.Conventions.SCIPY);
    return doc;
  }

  private static void funnel(ReportData data, ReportDocument doc) {
    doc.heading(2, "Data funnel");
    if (data.funnel().isEmpty()) {
      doc.paragraph("No selection funnel is recorded in the store yet (table selection_funnel is empty).");
      return;
    }
    Map<String, List<FunnelStep>> bySelection = data.funnel().stream()
        .collect(Collectors.groupingBy(FunnelStep::selection, LinkedHashMap::new, Collectors.toList()));
    for (Map.Entry<String, List<FunnelStep>> selection : bySelection.entrySet()) {
      List<FunnelStep> steps = selection.getValue();
      doc.heading(3, "Selection of " + selection.getKey());
      doc.table(List.of("step", "description", "remaining"), steps.stream()
          .map(s -> List.of(String.valueOf(s.step()), s.description(), String.format(Locale.ROOT, "%,d", s.remaining())))
          .toList(), false);
      String caption = String.format(Locale.ROOT, "%s remaining after each selection step (%d steps, from %,d to %,d).",
          capitalise(selection.getKey()), steps.size(), steps.get(0).remaining(), steps.get(steps.size() - 1).remaining());
      doc.figure("funnel-" + slug(selection.getKey()), BarChartSvg.render(caption, steps.stream()
          .map(s -> new Bar(s.step() + ". " + shorten(s.description(), 48), s.remaining())).toList(), NON_PTM_COLOUR, 330),
          caption);
    }
  }

  private static void taxonomy(ReportData data, ReportDocument doc) {
    doc.heading(2, "Issues and the challenge taxonomy");
    doc.paragraph(String.format(Locale.ROOT, "The store holds %,d issues; %,d are labelled PTM-related by the preferred "
        + "label source. An issue may carry several themes and sub-themes, so counts can add up to more than the "
        + "number of PTM-related issues.", data.issues(), data.ptmIssues()));
    doc.heading(3, "Themes");
    labelCounts("theme", "themes", data.themes(), data.ptmIssues(), doc);
    doc.heading(3, "Sub-themes");
    labelCounts("subtheme", "sub-themes", data.subthemes(), data.ptmIssues(), doc);
  }

  private static void labelCounts(String id, String name, List<LabelCount> counts, long ptmIssues, ReportDocument doc) {
    if (counts.isEmpty()) {
      doc.paragraph("No " + name + " are labelled yet.");
      return;
    }
    long labels = counts.stream().mapToLong(LabelCount::issues).sum();
    String caption = String.format(Locale.ROOT, "PTM-related issues per %s: %,d labels on %,d PTM-related issues, %d %s.",
        id.equals("theme") ? "theme" : "sub-theme", labels, ptmIssues, counts.size(), name);
    doc.figure("taxonomy-" + id, BarChartSvg.render(caption,
        counts.stream().map(c -> new Bar(c.code(), c.issues())).toList(), THEME_COLOUR, 190), caption);
  }

  private static void resolution(ReportData data, ReportDocument doc) {
    doc.heading(2, "Resolution time");
    RunInfo run = data.run();
    if (run == null) {
      doc.paragraph("No resolution-time study is stored yet: run `hfmine stats resolution`.");
      return;
    }
    doc.paragraph(String.format(Locale.ROOT, "Study run of %s UTC: seed %d, %s days (0 when closed the same day), labels "
            + "from %s, Mann-Whitney alternative '%s', median intervals from %,d bootstrap resamples at %s%%.",
        run.ranAt().withNano(0).toString().replace('T', ' '), run.seed(), run.dayCounting(), run.labelSources(), run.alternative(),
        run.bootstrapResamples(), number(run.confidence() * 100)));
    doc.table(List.of("issues", "count"), List.of(
        row("in the store", run.issues()), row("open (excluded: no resolution time)", run.openExcluded()),
        row("closed without closed_at (excluded)", run.closedWithoutDate()),
        row("closed before created (excluded)", run.closedBeforeCreated()),
        row("closed without PTM label (excluded)", run.closedWithoutPtmLabel()),
        row("closed, PTM-related", run.closedPtm()), row("closed, not PTM-related", run.closedNonPtm())), true);

    List<ProjectSample> kept = data.projects().stream().filter(p -> !p.dropped()).toList();
    long perGroup = kept.stream().mapToLong(ProjectSample::sampledPerGroup).sum();
    doc.heading(3, "Balanced sample per project");
    doc.paragraph(String.format(Locale.ROOT, "Per project, the larger group is reduced at random to the size of the "
            + "smaller; projects where a group is empty are dropped. %,d PTM vs %,d non-PTM issues from %d projects "
            + "(%d dropped).", perGroup, perGroup, kept.size(), data.projects().size() - kept.size()));
    doc.table(List.of("project", "closed PTM", "closed non-PTM", "sampled per group"), data.projects().stream()
        .map(p -> List.of(p.repository(), String.valueOf(p.closedPtm()), String.valueOf(p.closedNonPtm()),
            p.dropped() ? "dropped" : String.valueOf(p.sampledPerGroup()))).toList(), true);

    Map<String, double[]> groups = data.values().getOrDefault("group", Map.of());
    if (!groups.isEmpty()) {
      String caption = String.format(Locale.ROOT, "Resolution time of the balanced sample: %,d PTM and %,d non-PTM "
          + "closed issues from %d projects. Box: quartiles; bold line: median; diamond: mean; whiskers: 1.5 IQR; "
          + "circles: values beyond.", length(groups, "ptm"), length(groups, "non-ptm"), kept.size());
      List<Box> boxes = new ArrayList<>();
      groups.forEach((group, values) -> boxes.add(new Box(group.equals("ptm") ? "PTM-related" : "not PTM-related",
          values, group.equals("ptm") ? PTM_COLOUR : NON_PTM_COLOUR)));
      doc.figure("resolution-ptm-vs-non-ptm", BoxPlotSvg.render(caption, boxes), caption);
    }
    descriptivesTable(data.descriptives("group"), "group", run.confidence(), doc);
    scopeSection(data, "theme", "themes", "Resolution time per theme", doc);
    scopeSection(data, "subtheme", "sub-themes", "Resolution time per sub-theme", doc);
    tests(data, doc);
  }

  private static void scopeSection(ReportData data, String scope, String plural, String heading, ReportDocument doc) {
    Map<String, double[]> groups = data.values().getOrDefault(scope, Map.of());
    if (groups.isEmpty()) {
      return;
    }
    doc.heading(3, heading);
    long distinct = data.values().get(scope).values().stream().mapToLong(v -> v.length).sum();
    String caption = String.format(Locale.ROOT, "Resolution time of closed PTM-related issues per %s: %d %s, %,d "
        + "issue-label pairs (an issue with several %s counts in each). Box: quartiles; bold line: median; diamond: "
        + "mean; whiskers: 1.5 IQR; circles: values beyond.", scope.equals("theme") ? "theme" : "sub-theme",
        groups.size(), plural, distinct, plural);
    List<Box> boxes = new ArrayList<>();
    groups.forEach((group, values) -> boxes.add(new Box(group, values, THEME_COLOUR)));
    doc.figure("resolution-" + scope, BoxPlotSvg.render(caption, boxes), caption);
    descriptivesTable(data.descriptives(scope), scope, data.run().confidence(), doc);
  }

  private static void descriptivesTable(List<DescriptiveRow> rows, String scope, double confidence,
      ReportDocument doc) {
    if (rows.isEmpty()) {
      return;
    }
    doc.table(List.of(scope, "n", "mean", "median", "median " + number(confidence * 100) + "% CI", "q1", "q3", "IQR", "min", "max"), rows.stream()
        .map(r -> List.of(r.group(), String.valueOf(r.n()), number(r.mean()), number(r.median()),
            "[" + number(r.medianCiLow()) + ", " + number(r.medianCiHigh()) + "]", number(r.q1()), number(r.q3()),
            number(r.iqr()), number(r.min()), number(r.max()))).toList(), true);
  }

  private static void tests(ReportData data, ReportDocument doc) {
    doc.heading(3, "Tests");
    List<List<String>> rows = new ArrayList<>();
    for (StudyTest t : data.tests()) {
      rows.add(List.of(t.id(), t.test() + (t.alternative() != null ? " (" + t.alternative() + ", " + t.method() + ")"
              : "yates".equals(t.method()) ? " (Yates)" : ""), t.subject(), String.valueOf(t.n()),
          t.statistic() == null ? "-" : number(t.statistic()),
          t.degreesOfFreedom() == null ? "-" : String.valueOf(t.degreesOfFreedom()),
          t.pValue() == null ? "not run" : pValue(t.pValue()),
          t.pValue() == null ? "-" : t.pValue() < data.alpha() ? "yes" : "no", effects(t.effectSizes()),
          t.note() == null ? "" : t.note()));
    }
    String significant = "p < " + number(data.alpha());
    doc.table(List.of("test", "method", "compares", "n", "statistic", "df", "p", significant, "effect size", "note"),
        rows, false);
    doc.paragraph("Statistic: U1 of the PTM group for Mann-Whitney, chi-square for the issue-type balance, H for "
        + "Kruskal-Wallis. Significance level " + number(data.alpha()) + " (stats.alpha). The issue-type test checks "
        + "that the two groups are comparable: a large p means no evidence that their issue types differ.");
    if (!data.issueTypes().isEmpty()) {
      doc.heading(3, "Issue types in the balanced sample");
      doc.table(List.of("issue type", "PTM", "non-PTM"), data.issueTypes().entrySet().stream()
          .map(e -> List.of(e.getKey(), String.valueOf(e.getValue().getOrDefault("ptm", 0L)),
              String.valueOf(e.getValue().getOrDefault("non-ptm", 0L)))).toList(), true);
    }
    for (StudyTest t : data.tests()) {
      if (t.posthoc().isEmpty()) {
        continue;
      }
      boolean all = t.posthoc().size() <= 28;
      List<PairwiseComparison> listed = all ? t.posthoc()
          : t.posthoc().stream().filter(p -> p.pHolm() < LISTED_PAIR_ALPHA).toList();
      doc.heading(3, "Dunn's post-hoc test (Holm-adjusted): " + t.id());
      doc.paragraph(String.format(Locale.ROOT, "%d pairs; %d with Holm-adjusted p < 0.05%s. z > 0: the first group "
              + "ranks higher.", t.posthoc().size(), t.posthoc().stream().filter(p -> p.pHolm() < 0.05).count(),
          all ? "" : " (only those are listed)"));
      if (!listed.isEmpty()) {
        doc.table(List.of("group", "vs", "z", "p", "p (Holm)"), listed.stream()
            .map(p -> List.of(p.groupA(), p.groupB(), String.format(Locale.ROOT, "%.3f", p.z()), pValue(p.pValue()),
                pValue(p.pHolm()))).toList(), false);
      }
    }
  }

  private static void patterns(ReportData data, ReportDocument doc) {
    if (data.patternTables().isEmpty()) {
      return;
    }
    doc.heading(2, "Usage patterns");
    for (PatternTable table : data.patternTables()) {
      doc.heading(3, table.name());
      doc.paragraph(String.format(Locale.ROOT, "%,d rows%s.", table.rows(),
          table.rows() > table.firstRows().size() ? "; the first " + table.firstRows().size() + " are shown" : ""));
      if (!table.firstRows().isEmpty()) {
        doc.table(table.columns(), table.firstRows(), false);
      }
    }
  }

  private static String effects(List<EffectSize> sizes) {
    return sizes.stream().map(s -> String.format(Locale.ROOT, "%s %.3f (%s)", s.name(), s.value(), s.magnitude()))
        .collect(Collectors.joining("; "));
  }

  private static List<String> row(String label, long count) {
    return List.of(label, String.format(Locale.ROOT, "%,d", count));
  }

  private static int length(Map<String, double[]> groups, String group) {
    double[] values = groups.get(group);
    return values == null ? 0 : values.length;
  }

  private static String capitalise(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }

  private static String shorten(String text, int max) {
    return text.length() <= max ? text : text.substring(0, max - 1) + "…";
  }

  private static String slug(String text) {
    return text.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
  }
}
