package io.hfmine.analyzers.stats.compare;

import static io.hfmine.analyzers.stats.Figures.number;
import static io.hfmine.analyzers.stats.Figures.pValue;

import io.hfmine.analyzers.stats.Conventions;
import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.Descriptives;
import io.hfmine.analyzers.stats.DunnComparison;
import io.hfmine.analyzers.stats.KruskalWallisResult;
import io.hfmine.analyzers.stats.MannWhitneyCall;
import io.hfmine.analyzers.stats.MannWhitneyResult;
import java.io.PrintWriter;
import java.util.Locale;

/** Writes a comparison as the plain-text tables {@code hfmine stats compare} prints. */
public final class ComparisonText {
  private ComparisonText() {
  }

  public static void write(ComparisonResult result, PrintWriter out) {
    int width = Math.max(5, result.groups().stream().mapToInt(g -> g.name().length()).max().orElse(5));
    String nameColumn = "%-" + width + "s";
    int confidence = (int) Math.round(result.groups().get(0).medianInterval().confidence() * 100);
    out.printf(Locale.ROOT, nameColumn + " %6s %10s %8s %8s %8s %8s %8s %10s  %s%n", "group", "n", "mean", "median",
        "q1", "q3", "IQR", "min", "max", "median " + confidence + "% CI (bootstrap)");
    for (GroupSummary group : result.groups()) {
      Descriptives d = group.descriptives();
      out.printf(Locale.ROOT, nameColumn + " %6d %10s %8s %8s %8s %8s %8s %10s  [%s, %s]%n", group.name(), d.n(),
          number(d.mean()), number(d.median()), number(d.q1()), number(d.q3()), number(d.iqr()), number(d.min()),
          number(d.max()), number(group.medianInterval().low()), number(group.medianInterval().high()));
    }
    out.println();
    if (result.twoGroups()) {
      MannWhitneyResult test = result.mannWhitney();
      out.printf(Locale.ROOT, "Mann-Whitney U, %s: %s %s %s%n", test.alternative().scipyName(), result.groupName(0),
          relation(test), result.groupName(1));
      out.println("  ran:        " + MannWhitneyCall.scipy(test, result.groupName(0), result.groupName(1)));
      out.println("  hypothesis: " + MannWhitneyCall.hypothesis(test.alternative(), result.groupName(0),
          result.groupName(1)));
      out.printf(Locale.ROOT, "  U1 = %s  U2 = %s  n1 = %d  n2 = %d  p = %s  (method %s%s)%n", number(test.u1()),
          number(test.u2()), test.n1(), test.n2(), pValue(test.pValue()), test.method().name().toLowerCase(Locale.ROOT),
          test.tied() ? ", ties present" : "");
      out.printf(Locale.ROOT, "  A12 = %.4f (%s)  Cliff's delta = %.4f (%s)%n", result.effect().a12(),
          result.effect().a12Magnitude().label(), result.effect().cliffsDelta(),
          result.effect().cliffsDeltaMagnitude().label());
    } else {
      KruskalWallisResult test = result.kruskalWallis();
      out.printf(Locale.ROOT, "Kruskal-Wallis H across %d groups%n", test.groups());
      out.printf(Locale.ROOT, "  H = %.6f  df = %d  N = %d  p = %s  epsilon-squared = %.4f (%s)%n", test.h(),
          test.degreesOfFreedom(), test.n(), pValue(test.pValue()), test.epsilonSquared(),
          test.epsilonSquaredMagnitude().label());
      out.println();
      out.println("Dunn's post-hoc test, Holm-adjusted (z > 0: the first group ranks higher)");
      out.printf(Locale.ROOT, nameColumn + " " + nameColumn + " %9s %12s %12s%n", "group", "vs", "z", "p", "p (Holm)");
      for (DunnComparison pair : result.dunn()) {
        out.printf(Locale.ROOT, nameColumn + " " + nameColumn + " %9.4f %12s %12s%n", result.groupName(pair.a()),
            result.groupName(pair.b()), pair.z(), pValue(pair.pValue()), pValue(pair.pHolm()));
      }
    }
    out.println();
    out.println("Conventions (SciPy's):");
    Conventions.SCIPY.forEach(line -> out.println("  - " + line));
  }

  private static String relation(MannWhitneyResult test) {
    return switch (test.alternative()) {
      case GREATER -> ">";
      case LESS -> "<";
      case TWO_SIDED -> "!=";
    };
  }
}
