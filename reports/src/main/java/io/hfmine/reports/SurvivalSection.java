package io.hfmine.reports;

import static io.hfmine.analyzers.stats.Figures.number;
import static io.hfmine.analyzers.stats.Figures.pValue;

import io.hfmine.analyzers.stats.resolution.StudyTest;
import io.hfmine.reports.ReportData.SurvivalMedian;
import io.hfmine.reports.ReportData.SurvivalRow;
import io.hfmine.reports.svg.SurvivalCurveSvg;
import io.hfmine.reports.svg.SurvivalCurveSvg.Curve;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Resolution time with open issues kept as censored observations: Kaplan-Meier curves, medians, log-rank. */
final class SurvivalSection {
  private SurvivalSection() {
  }

  static void append(ReportData data, ReportDocument doc) {
    if (data.survivalMedians().isEmpty()) {
      return;
    }
    String counting = data.run().dayCounting();
    doc.heading(3, "Open issues as censored observations");
    long censored = data.survival().stream().mapToLong(SurvivalRow::censored).sum();
    doc.paragraph(String.format(Locale.ROOT, "The Mann-Whitney test can only use closed issues. Here every labelled "
        + "issue counts: a closed issue at its resolution time, an open one (%,d) as censored at the time it had been "
        + "open when its repository was last observed. Curves: Kaplan-Meier estimate of the share of issues still open "
        + "after a number of %s days, with %s%% confidence bands (log scale, as R's survfit).", censored, counting,
        number(data.survivalMedians().get(0).confidence() * 100)));
    List<Curve> curves = new ArrayList<>();
    for (SurvivalMedian median : data.survivalMedians()) {
      List<SurvivalRow> rows = data.survival().stream().filter(r -> r.group().equals(median.group())).toList();
      curves.add(new Curve(groupName(median.group()), median.group().equals("ptm")
          ? StudyReportComposer.PTM_COLOUR : StudyReportComposer.NON_PTM_COLOUR,
          rows.stream().mapToDouble(SurvivalRow::days).toArray(), rows.stream().mapToDouble(SurvivalRow::survival).toArray(),
          rows.stream().mapToDouble(SurvivalRow::lower).toArray(), rows.stream().mapToDouble(SurvivalRow::upper).toArray()));
    }
    String caption = String.format(Locale.ROOT, "Share of issues still open after each number of %s days "
        + "(Kaplan-Meier; shaded: confidence band): %s.", counting, String.join(", ", data.survivalMedians().stream()
        .map(m -> String.format(Locale.ROOT, "%s %,d issues, %,d closed", groupName(m.group()), m.issues(), m.closed()))
        .toList()));
    doc.figure("survival-ptm-vs-non-ptm", SurvivalCurveSvg.render(caption, counting + " days since creation", curves),
        caption);
    doc.table(List.of("group", "issues", "closed", "median days to closure", "confidence interval"),
        data.survivalMedians().stream().map(m -> List.of(groupName(m.group()), String.format(Locale.ROOT, "%,d",
            m.issues()), String.format(Locale.ROOT, "%,d", m.closed()), reached(m.median()),
            "[" + reached(m.lower()) + ", " + reached(m.upper()) + "]")).toList(), true);
    StudyTest logRank = data.test("ptm-vs-non-ptm-survival");
    StudyTest mannWhitney = data.test("ptm-vs-non-ptm");
    if (logRank != null && logRank.ran()) {
      doc.paragraph(String.format(Locale.ROOT, "Log-rank test (all labelled issues, open ones censored): chi-square "
              + "= %s, df = %d, p = %s; beside it, Mann-Whitney on the balanced sample of closed issues: p = %s (%s).",
          number(logRank.statistic()), logRank.degreesOfFreedom(), pValue(logRank.pValue()),
          mannWhitney == null || !mannWhitney.ran() ? "not run" : pValue(mannWhitney.pValue()),
          mannWhitney == null ? "-" : mannWhitney.alternative()));
    }
  }

  static String groupName(String group) {
    return group.equals("ptm") ? "PTM-related" : "not PTM-related";
  }

  private static String reached(double value) {
    return Double.isNaN(value) ? "not reached" : number(value);
  }
}
