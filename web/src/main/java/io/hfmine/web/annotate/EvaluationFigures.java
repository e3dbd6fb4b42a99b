package io.hfmine.web.annotate;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.decimal;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.analyzers.issues.evaluation.BinaryCounts;
import io.hfmine.analyzers.issues.evaluation.ConfusionMatrix;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.HeadlineFigure;
import io.hfmine.analyzers.issues.evaluation.PopulationWeighting;
import io.hfmine.analyzers.issues.evaluation.StratifiedEvaluation;
import io.hfmine.analyzers.issues.evaluation.StratifiedRelevance;
import io.hfmine.web.html.Markup;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The tables {@code hfmine annotate evaluate} prints ({@code EvaluationTable}), as HTML: the same
 * rows and figures, rounded as the command rounds them, each cell marked for reading by tests.
 */
final class EvaluationFigures {
  private EvaluationFigures() {
  }

  /** The tables {@code annotate evaluate} prints ({@code EvaluationTable.render}), as HTML. */
  static void report(EvaluationReport report, String method, StringBuilder html) {
    html.append("<table class=\"data\" id=\"evaluation-figures\"><thead><tr><th>label</th><th>precision</th>"
        + "<th>recall</th><th>f1</th><th>support</th></tr></thead><tbody>");
    row("ptm", report.ptm(), html);
    rows(report.themes(), html);
    html.append("<tr data-label=\"theme macro-F1\"><td>theme macro-F1</td><td></td><td></td><td class=\"num f1\">")
        .append(decimal(report.themeMacroF1())).append("</td><td></td></tr>");
    rows(report.subThemes(), html);
    html.append("<tr data-label=\"sub-theme macro-F1\"><td>sub-theme macro-F1</td><td></td><td></td><td class=\"num f1\">")
        .append(decimal(report.subThemeMacroF1())).append("</td><td></td></tr></tbody></table>");
    html.append("<table class=\"data\" id=\"evaluation-accuracy\"><thead><tr><th>accuracy</th><th>value</th><th>on</th>"
        + "</tr></thead><tbody>");
    int relevance = report.ptm().truePositives() + report.ptm().falsePositives() + report.ptm().falseNegatives()
        + report.ptm().trueNegatives();
    accuracy("ptm", "PTM relevance", report.ptm().accuracy(), relevance, html);
    accuracy("theme", "theme (primary)", report.themeAccuracy(), report.themeItems(), html);
    accuracy("theme-end-to-end", "theme (end to end: a miss where the method says not PTM-related)",
        report.endToEndThemeAccuracy(), report.themeItems(), html);
    accuracy("theme-exact", "theme (exact set)", report.exactThemeAccuracy(), report.themeItems(), html);
    accuracy("subtheme", "sub-theme (primary)", report.subThemeAccuracy(), report.subThemeItems(), html);
    accuracy("type", "type", report.typeAccuracy(), -1, html);
    html.append("</tbody></table>");
    confusion(report.themeConfusion(), method, html);
  }

  /** The headline figures' intervals ({@code EvaluationTable.renderIntervals}), as HTML. */
  static void intervals(EvaluationIntervals intervals, StringBuilder html) {
    html.append("<p id=\"intervals-heading\">").append(Math.round(100 * intervals.confidence()))
        .append("% intervals, percentile bootstrap: ").append(Markup.count(intervals.resamples()))
        .append(" resamples of the gold issues' ").append(Markup.count(intervals.units())).append(' ')
        .append(intervals.byRepository() ? "repositories, each repository's issues drawn together"
            : "issues (fewer than " + EvaluationIntervals.MIN_REPOSITORIES + " repositories: issues drawn one by one, "
                + "which understates the spread)").append(" (seed ").append(intervals.seed()).append(").</p>");
    html.append("<table class=\"data\" id=\"evaluation-intervals\"><thead><tr><th>figure</th><th>value</th>"
        + "<th>low</th><th>high</th></tr></thead><tbody>");
    for (HeadlineFigure figure : HeadlineFigure.values()) {
      EvaluationIntervals.Interval interval = intervals.interval(figure);
      html.append("<tr data-figure=\"").append(attr(figure.label())).append("\"><td>").append(text(figure.label()))
          .append("</td><td class=\"num value\">").append(Double.isNaN(interval.value()) ? "" : decimal(interval.value()))
          .append("</td><td class=\"num low\">").append(Double.isNaN(interval.low()) ? "" : decimal(interval.low()))
          .append("</td><td class=\"num high\">").append(Double.isNaN(interval.high()) ? "" : decimal(interval.high()))
          .append("</td></tr>");
    }
    html.append("</tbody></table>");
  }

  private static void rows(Map<String, BinaryCounts> counts, StringBuilder html) {
    counts.forEach((label, c) -> {
      if (c.occurs()) {
        row(label, c, html);
      }
    });
  }

  private static void row(String label, BinaryCounts c, StringBuilder html) {
    html.append("<tr data-label=\"").append(attr(label)).append("\"><td>").append(text(label))
        .append("</td><td class=\"num precision\">").append(decimal(c.precision())).append("</td><td class=\"num recall\">")
        .append(decimal(c.recall())).append("</td><td class=\"num f1\">").append(decimal(c.f1()))
        .append("</td><td class=\"num support\">").append(c.support()).append("</td></tr>");
  }

  private static void accuracy(String key, String label, double value, int items, StringBuilder html) {
    html.append("<tr data-measure=\"").append(key).append("\"><td>").append(text(label)).append("</td><td class=\"num "
        + "value\">").append(decimal(value)).append("</td><td class=\"num\">").append(items < 0 ? "" : items)
        .append("</td></tr>");
  }

  private static void confusion(ConfusionMatrix matrix, String method, StringBuilder html) {
    List<String> values = matrix.values();
    if (values.isEmpty()) {
      return;
    }
    html.append("<table class=\"data\" id=\"evaluation-confusion\"><thead><tr><th>gold \\ ").append(text(method))
        .append("</th>");
    values.forEach(v -> html.append("<th>").append(text(v)).append("</th>"));
    html.append("</tr></thead><tbody>");
    for (String gold : values) {
      html.append("<tr data-gold=\"").append(attr(gold)).append("\"><th>").append(text(gold)).append("</th>");
      values.forEach(p -> html.append("<td class=\"num\" data-predicted=\"").append(attr(p)).append("\">")
          .append(matrix.count(gold, p)).append("</td>"));
      html.append("</tr>");
    }
    html.append("</tbody></table>");
  }

  /** {@code EvaluationTable.renderStrata} as HTML, with the note {@code annotate evaluate --strata} adds. */
  static void strata(PopulationWeighting weighting, StringBuilder html) {
    StratifiedEvaluation evaluation = weighting.evaluation();
    html.append("<p id=\"strata-heading\">PTM relevance per stratum and weighted to the ")
        .append(Markup.count(evaluation.populationSize())).append(" issues of the gold issues' ")
        .append(weighting.repositories()).append(" repositories (post-stratification: a labelled issue of a stratum "
            + "stands for that stratum's issues per labelled one).</p>");
    html.append("<table class=\"data\" id=\"evaluation-strata\"><thead><tr><th>stratum</th><th>labelled</th>"
        + "<th>PTM-related</th><th>issues</th><th>weight</th><th>precision</th><th>recall</th><th>f1</th></tr></thead>"
        + "<tbody>");
    evaluation.strata().forEach((stratum, figures) -> html.append("<tr data-stratum=\"").append(attr(stratum))
        .append("\"><td>").append(text(stratum)).append("</td><td class=\"num labelled\">").append(figures.labelled())
        .append("</td><td class=\"num ptm-related\">").append(figures.counts().support())
        .append("</td><td class=\"num issues\">").append(Markup.count(figures.population()))
        .append("</td><td class=\"num weight\">").append(String.format(Locale.ROOT, "%.2f", figures.weight()))
        .append("</td><td class=\"num precision\">").append(decimal(figures.counts().precision()))
        .append("</td><td class=\"num recall\">").append(decimal(figures.counts().recall()))
        .append("</td><td class=\"num f1\">").append(decimal(figures.counts().f1())).append("</td></tr>"));
    StratifiedRelevance weighted = evaluation.weighted();
    html.append("<tr data-stratum=\"weighted\"><td>weighted</td><td class=\"num labelled\">").append(evaluation.labelled())
        .append("</td><td></td><td class=\"num issues\">").append(Markup.count(evaluation.populationSize()))
        .append("</td><td></td><td class=\"num precision\">").append(decimal(weighted.precision()))
        .append("</td><td class=\"num recall\">").append(decimal(weighted.recall())).append("</td><td class=\"num f1\">")
        .append(decimal(weighted.f1())).append("</td></tr></tbody></table>");
    html.append("<p id=\"strata-shares\">PTM-related share of those issues: <span id=\"gold-share\">")
        .append(share(weighted.goldShare())).append("</span> by the labels, <span id=\"method-share\">")
        .append(share(weighted.predictedShare())).append("</span> by the method.</p>");
    if (weighting.moved() > 0) {
      html.append("<p class=\"muted\" id=\"strata-moved\">Note: ").append(weighting.moved()).append(" of the ")
          .append(evaluation.labelled()).append(" labelled issues are in another stratum by today's prescreen than the "
              + "draw recorded (drawn with another prescreen or store?); the issues per stratum are counted by today's "
              + "prescreen, so the weights are approximate.</p>");
    }
  }

  private static String share(double share) {
    return String.format(Locale.ROOT, "%.1f %%", 100 * share);
  }
}
