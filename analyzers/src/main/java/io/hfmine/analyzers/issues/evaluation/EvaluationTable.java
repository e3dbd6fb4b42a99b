package io.hfmine.analyzers.issues.evaluation;

import java.util.Map;

/** Renders an {@link EvaluationReport} as the plain-text tables {@code annotate evaluate} prints. */
public final class EvaluationTable {
  private EvaluationTable() {
  }

  public static String render(EvaluationReport report, String method) {
    StringBuilder text = new StringBuilder();
    text.append("method ").append(method).append(", ").append(report.issues()).append(" gold issues\n\n");
    text.append(String.format("%-12s %9s %9s %9s %8s%n", "label", "precision", "recall", "f1", "support"));
    row(text, "ptm", report.ptm());
    text.append('\n');
    rows(text, report.themes());
    text.append(String.format("%-12s %29.3f%n", "macro-F1", report.themeMacroF1()));
    text.append('\n');
    rows(text, report.subThemes());
    text.append(String.format("%-12s %29.3f%n", "macro-F1", report.subThemeMacroF1()));
    text.append('\n');
    text.append(String.format("ptm accuracy                   %.3f%n", report.ptm().accuracy()));
    text.append(String.format("theme accuracy (primary)       %.3f  on %d gold PTM-related issues%n", report.themeAccuracy(),
        report.themeItems()));
    text.append(String.format("theme accuracy (end to end)    %.3f  (a miss where the method says not PTM-related)%n",
        report.endToEndThemeAccuracy()));
    text.append(String.format("theme accuracy (exact set)     %.3f%n", report.exactThemeAccuracy()));
    text.append(String.format("sub-theme accuracy (primary)   %.3f  on %d%n", report.subThemeAccuracy(),
        report.subThemeItems()));
    text.append(String.format("type accuracy                  %.3f%n", report.typeAccuracy()));
    text.append('\n').append(report.themeConfusion().render("gold", "predicted"));
    return text.toString();
  }

  /**
   * The relevance figures of an enriched gold sample per stratum and weighted back to the
   * population ({@link StratifiedEvaluation}).
   *
   * @param repositories how many repositories the population's issues come from
   */
  public static String renderStrata(StratifiedEvaluation evaluation, int repositories) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("PTM relevance per stratum and weighted to the %,d issues of the gold issues' %d repositories%n",
        evaluation.populationSize(), repositories));
    text.append("(post-stratification: a labelled issue of a stratum stands for that stratum's issues per labelled one)\n");
    text.append(String.format("%-9s %8s %11s %8s %8s %9s %9s %9s%n", "stratum", "labelled", "PTM-related", "issues", "weight",
        "precision", "recall", "f1"));
    evaluation.strata().forEach((stratum, figures) -> text.append(String.format("%-9s %8d %11d %,8d %8.2f %9.3f %9.3f %9.3f%n",
        stratum, figures.labelled(), figures.counts().support(), figures.population(), figures.weight(),
        figures.counts().precision(), figures.counts().recall(), figures.counts().f1())));
    StratifiedRelevance weighted = evaluation.weighted();
    text.append(String.format("%-9s %8d %11s %,8d %8s %9.3f %9.3f %9.3f%n", "weighted", evaluation.labelled(), "",
        evaluation.populationSize(), "", weighted.precision(), weighted.recall(), weighted.f1()));
    text.append(String.format("PTM-related share of those issues: %.1f %% by the labels, %.1f %% by the method%n",
        100 * weighted.goldShare(), 100 * weighted.predictedShare()));
    return text.toString();
  }

  /** The headline figures with their bootstrap intervals ({@link EvaluationIntervals}). */
  public static String renderIntervals(EvaluationIntervals intervals) {
    StringBuilder text = new StringBuilder();
    text.append(String.format("%.0f%% intervals, percentile bootstrap: %,d resamples of the gold issues' %,d %s (seed %d)%n",
        100 * intervals.confidence(), intervals.resamples(), intervals.units(),
        intervals.byRepository() ? "repositories, each repository's issues drawn together"
            : "issues (fewer than " + EvaluationIntervals.MIN_REPOSITORIES + " repositories: issues drawn one by one, "
                + "which understates the spread)", intervals.seed()));
    for (HeadlineFigure figure : HeadlineFigure.values()) {
      EvaluationIntervals.Interval interval = intervals.interval(figure);
      text.append(Double.isNaN(interval.value())
          ? String.format("%-30s   -    (no gold issue of its kind)%n", figure.label())
          : String.format("%-30s %.3f  [%.3f, %.3f]%n", figure.label(), interval.value(), interval.low(), interval.high()));
    }
    return text.toString();
  }

  private static void rows(StringBuilder text, Map<String, BinaryCounts> counts) {
    counts.forEach((label, c) -> {
      if (c.occurs()) {
        row(text, label, c);
      }
    });
  }

  private static void row(StringBuilder text, String label, BinaryCounts c) {
    text.append(String.format("%-12s %9.3f %9.3f %9.3f %8d%n", label, c.precision(), c.recall(), c.f1(), c.support()));
  }
}
