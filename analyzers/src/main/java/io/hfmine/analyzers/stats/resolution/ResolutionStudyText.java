package io.hfmine.analyzers.stats.resolution;

import static io.hfmine.analyzers.stats.Figures.number;
import static io.hfmine.analyzers.stats.Figures.pValue;

import io.hfmine.analyzers.stats.Conventions;
import io.hfmine.analyzers.stats.Descriptives;
import io.hfmine.analyzers.stats.GroupSummary;
import java.io.PrintWriter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Writes a study run as the tables {@code hfmine stats resolution} prints. */
public final class ResolutionStudyText {
  private ResolutionStudyText() {
  }

  public static void write(ResolutionStudyResult result, PrintWriter out) {
    StudySettings s = result.settings();
    IssueFilterCounts c = result.counts();
    out.printf(Locale.ROOT, "Resolution-time study: seed %d, %s days, labels from %s, alternative %s (x = ptm)%n",
        s.seed(), s.dayCounting().label(), String.join(" > ", s.labelSources()), s.alternative().scipyName());
    out.printf(Locale.ROOT, "days: %s%n%n", s.dayCounting().definition());
    out.printf(Locale.ROOT, "issues %,d: open (excluded) %,d, closed without closed_at %,d, closed before created %,d, "
            + "closed without PTM label %,d, closed PTM %,d, closed non-PTM %,d%n%n", c.issues(), c.openExcluded(),
        c.closedWithoutDate(), c.closedBeforeCreated(), c.closedWithoutPtmLabel(), c.closedPtm(), c.closedNonPtm());

    List<ProjectSample> projects = result.sample().projects();
    int width = Math.max(10, projects.stream().mapToInt(p -> p.repository().length()).max().orElse(10));
    out.printf(Locale.ROOT, "%-" + width + "s %10s %14s %10s%n", "project", "closed PTM", "closed non-PTM", "sampled");
    for (ProjectSample p : projects) {
      out.printf(Locale.ROOT, "%-" + width + "s %10d %14d %10s%n", p.repository(), p.closedPtm(), p.closedNonPtm(),
          p.dropped() ? "dropped" : p.sampledPerGroup() + " + " + p.sampledPerGroup());
    }
    out.printf(Locale.ROOT, "balanced groups: %d PTM vs %d non-PTM issues from %d projects (%d dropped)%n%n",
        result.sample().ptm().size(), result.sample().nonPtm().size(), result.sample().kept().size(),
        result.sample().dropped().size());

    for (Map.Entry<String, List<GroupSummary>> scope : result.descriptives().entrySet()) {
      if (scope.getValue().isEmpty()) {
        continue;
      }
      descriptives(scope.getKey(), scope.getValue(), out);
    }
    out.println("tests (" + s.dayCounting().label() + " days unless the id says otherwise)");
    for (StudyTest test : result.tests()) {
      test(test, out);
    }
    DayCountingSensitivity sensitivity = result.sensitivity();
    out.printf(Locale.ROOT, "%nday counting: %,d of %,d sampled issues get one day more under calendar than under "
        + "elapsed counting; the tests ending .%s ran on %s%n", sensitivity.differing(), sensitivity.issues(),
        sensitivity.other().label(), sensitivity.other().definition());
    out.println("issue-type balance: " + TypeBalanceReading.of(result.test("issue-types"), s.alpha()));
    result.survival().forEach((group, curve) -> out.printf(Locale.ROOT,
        "survival (open issues censored), %s: %,d issues, %,d closed, median %s %s days [%s, %s]%n", group, curve.n(),
        curve.events(), orNone(curve.median()), s.dayCounting().label(), orNone(curve.medianLower()),
        orNone(curve.medianUpper())));
    out.println();
    out.println("Conventions (SciPy's):");
    Conventions.SCIPY.forEach(line -> out.println("  - " + line));
  }

  private static String orNone(double value) {
    return Double.isFinite(value) ? number(value) : "not reached";
  }

  private static void descriptives(String scope, List<GroupSummary> groups, PrintWriter out) {
    int width = Math.max(scope.length(), groups.stream().mapToInt(g -> g.name().length()).max().orElse(5));
    int confidence = (int) Math.round(groups.get(0).medianInterval().confidence() * 100);
    out.printf(Locale.ROOT, "%-" + width + "s %6s %9s %7s %7s %7s %7s %6s %6s  %s%n", scope, "n", "mean", "median",
        "q1", "q3", "IQR", "min", "max", "median " + confidence + "% CI");
    for (GroupSummary group : groups) {
      Descriptives d = group.descriptives();
      out.printf(Locale.ROOT, "%-" + width + "s %6d %9s %7s %7s %7s %7s %6s %6s  [%s, %s]%n", group.name(), d.n(),
          number(d.mean()), number(d.median()), number(d.q1()), number(d.q3()), number(d.iqr()), number(d.min()),
          number(d.max()), number(group.medianInterval().low()), number(group.medianInterval().high()));
    }
    out.println();
  }

  private static void test(StudyTest test, PrintWriter out) {
    if (!test.ran()) {
      out.printf(Locale.ROOT, "  %-15s %s: not run (%s)%n", test.id(), test.test(), test.note());
      return;
    }
    StringBuilder line = new StringBuilder();
    line.append(String.format(Locale.ROOT, "  %-15s %s  n = %d  statistic = %s", test.id(), test.test(), test.n(),
        number(test.statistic())));
    if (test.degreesOfFreedom() != null) {
      line.append("  df = ").append(test.degreesOfFreedom());
    }
    line.append("  p = ").append(pValue(test.pValue()));
    if (test.alternative() != null) {
      line.append("  (").append(test.alternative()).append(", ").append(test.method()).append(')');
    } else if ("yates".equals(test.method())) {
      line.append("  (Yates-corrected)");
    }
    for (EffectSize size : test.effectSizes()) {
      line.append(String.format(Locale.ROOT, "  %s = %.4f (%s)", size.name(), size.value(), size.magnitude()));
    }
    out.println(line);
    if (test.note() != null) {
      out.println("                  note: " + test.note());
    }
    long significant = test.posthoc().stream().filter(p -> p.pHolm() < 0.05).count();
    if (!test.posthoc().isEmpty()) {
      out.printf(Locale.ROOT, "                  Dunn-Holm: %d of %d pairs with adjusted p < 0.05%n", significant,
          test.posthoc().size());
      test.posthoc().stream().filter(p -> p.pHolm() < 0.05).forEach(p -> out.printf(Locale.ROOT,
          "                    %s vs %s: z = %.3f, p (Holm) = %s%n", p.groupA(), p.groupB(), p.z(), pValue(p.pHolm())));
    }
  }
}
