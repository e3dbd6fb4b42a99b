package io.hfmine.reports;

import static io.hfmine.analyzers.stats.Figures.pValue;

import io.hfmine.analyzers.stats.resolution.StudyTest;
import io.hfmine.reports.ReportData.RunInfo;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The sensitivity of the tests to how "days" are counted: each time-based test beside its twin on
 * the other counting, and how many sampled issues the two readings disagree on.
 */
final class DayCountingSection {
  private DayCountingSection() {
  }

  static void append(ReportData data, ReportDocument doc) {
    RunInfo run = data.run();
    String other = run.dayCounting().equals("calendar") ? "elapsed" : "calendar";
    List<List<String>> rows = new ArrayList<>();
    for (StudyTest main : data.mainTests()) {
      StudyTest twin = data.test(main.id() + "." + other);
      if (twin == null) {
        continue;
      }
      rows.add(List.of(main.id(), p(main), p(twin), conclusion(main, data.alpha()).equals(conclusion(twin, data.alpha()))
          ? "same" : "differs"));
    }
    if (rows.isEmpty()) {
      return;
    }
    doc.heading(3, "Sensitivity to the day counting");
    doc.paragraph(String.format(Locale.ROOT, "The reference study's \"days from creation to closure, 0 when closed "
            + "the same day\" fits calendar days (UTC dates) and elapsed 24-hour periods alike. On this sample they "
            + "disagree, by one day, on %,d of %,d issues (%s%%). The same issues, tested both ways:",
        run.sampledDaysDiffering(), run.sampledIssues(), run.sampledIssues() == 0 ? "0"
            : String.format(Locale.ROOT, "%.1f", 100.0 * run.sampledDaysDiffering() / run.sampledIssues())));
    doc.table(List.of("test", "p (" + run.dayCounting() + ", used)", "p (" + other + ")",
        "conclusion at " + io.hfmine.analyzers.stats.Figures.number(data.alpha())), rows, false);
  }

  private static String p(StudyTest test) {
    return test.pValue() == null ? "not run" : pValue(test.pValue());
  }

  private static String conclusion(StudyTest test, double alpha) {
    return test.pValue() == null ? "not run" : test.pValue() < alpha ? "significant" : "not significant";
  }
}
