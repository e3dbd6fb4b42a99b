package io.hfmine.analyzers.stats.resolution;

import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.NON_PTM;
import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.PTM;
import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.SCOPE_GROUP;
import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.SCOPE_SUBTHEME;
import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.SCOPE_THEME;

import io.hfmine.analyzers.stats.ChiSquareIndependence;
import io.hfmine.analyzers.stats.ChiSquareResult;
import io.hfmine.analyzers.stats.DominanceEffect;
import io.hfmine.analyzers.stats.DunnComparison;
import io.hfmine.analyzers.stats.DunnTest;
import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.KruskalWallisH;
import io.hfmine.analyzers.stats.KruskalWallisResult;
import io.hfmine.analyzers.stats.MannWhitneyResult;
import io.hfmine.analyzers.stats.MannWhitneyU;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * The resolution-time study of the issue-study reference: balanced PTM vs non-PTM groups, an
 * issue-type balance check, a one-sided Mann-Whitney test, and Kruskal-Wallis tests across the
 * themes and sub-themes of closed PTM issues (an issue with several themes counts in each).
 */
public final class ResolutionStudy {
  private ResolutionStudy() {
  }

  public static ResolutionStudyResult run(List<StudyIssue> issues, StudySettings settings, Instant ranAt) {
    DayCounting counting = settings.dayCounting();
    ResolutionTimes times = ResolutionTimes.of(issues, counting);
    BalancedSample sample = BalancedSampler.sample(times.ptm(), times.nonPtm(), settings.seed());
    List<ScopedValue> values = new ArrayList<>();
    Map<String, List<GroupSummary>> descriptives = new LinkedHashMap<>();
    List<StudyTest> tests = new ArrayList<>();

    Map<String, List<ResolvedIssue>> groups = new LinkedHashMap<>();
    groups.put(PTM, sample.ptm());
    groups.put(NON_PTM, sample.nonPtm());
    descriptives.put(SCOPE_GROUP, summarise(SCOPE_GROUP, groups, settings, values));
    tests.add(compareGroups(sample.ptm(), sample.nonPtm(), settings).counted("ptm-vs-non-ptm", counting));
    SurvivalAnalysis.Result survival = SurvivalAnalysis.run(issues, counting, settings.confidence(),
        "ptm-vs-non-ptm-survival");
    tests.add(survival.logRank());

    Map<String, Map<String, Long>> typeTable = new TreeMap<>();
    long withoutType = countTypes(sample.ptm(), PTM, typeTable) + countTypes(sample.nonPtm(), NON_PTM, typeTable);
    tests.add(typeBalance(typeTable, withoutType));

    Map<String, List<ResolvedIssue>> byTheme = byLabel(times.ptm(), i -> i.issue().themes());
    descriptives.put(SCOPE_THEME, summarise(SCOPE_THEME, byTheme, settings, values));
    Map<String, List<ResolvedIssue>> bySubtheme = byLabel(times.ptm(), i -> i.issue().subthemes());
    descriptives.put(SCOPE_SUBTHEME, summarise(SCOPE_SUBTHEME, bySubtheme, settings, values));
    List<GroupLeftOut> leftOut = new ArrayList<>();
    Map<String, List<ResolvedIssue>> themes = largeEnough(SCOPE_THEME, byTheme, settings.minGroupSize(), leftOut);
    Map<String, List<ResolvedIssue>> subthemes = largeEnough(SCOPE_SUBTHEME, bySubtheme, settings.minGroupSize(),
        leftOut);
    tests.add(acrossGroups("themes", "resolution days of closed PTM issues across themes", themes, leftOut(leftOut,
        SCOPE_THEME, settings)).counted("themes", counting));
    tests.add(acrossGroups("subthemes", "resolution days of closed PTM issues across sub-themes", subthemes,
        leftOut(leftOut, SCOPE_SUBTHEME, settings)).counted("subthemes", counting));

    // The same issues with their days counted the other way: how much the conclusions hang on it.
    DayCounting other = counting.other();
    String suffix = "." + other.label();
    tests.add(compareGroups(recount(sample.ptm(), other), recount(sample.nonPtm(), other), settings)
        .counted("ptm-vs-non-ptm" + suffix, other));
    tests.add(SurvivalAnalysis.run(issues, other, settings.confidence(), "ptm-vs-non-ptm-survival" + suffix)
        .logRank());
    tests.add(acrossGroups("themes", "resolution days of closed PTM issues across themes", recount(themes, other),
        leftOut(leftOut, SCOPE_THEME, settings)).counted("themes" + suffix, other));
    tests.add(acrossGroups("subthemes", "resolution days of closed PTM issues across sub-themes",
        recount(subthemes, other), leftOut(leftOut, SCOPE_SUBTHEME, settings)).counted("subthemes" + suffix, other));
    DayCountingSensitivity sensitivity = DayCountingSensitivity.of(counting, sample);

    return new ResolutionStudyResult(ranAt, settings, times.counts(), sample, descriptives, List.copyOf(tests),
        typeTable, withoutType, List.copyOf(values), List.copyOf(leftOut), sensitivity,
        survival.curves());
  }

  /** The groups with at least {@code minimum} issues; the others are added to {@code leftOut}. */
  private static Map<String, List<ResolvedIssue>> largeEnough(String scope, Map<String, List<ResolvedIssue>> groups,
      int minimum, List<GroupLeftOut> leftOut) {
    Map<String, List<ResolvedIssue>> kept = new TreeMap<>();
    groups.forEach((name, issues) -> {
      if (issues.size() >= minimum) {
        kept.put(name, issues);
      } else {
        leftOut.add(new GroupLeftOut(scope, name, issues.size()));
      }
    });
    return kept;
  }

  private static String leftOut(List<GroupLeftOut> leftOut, String scope, StudySettings settings) {
    List<String> names = leftOut.stream().filter(g -> g.scope().equals(scope))
        .map(g -> g.group() + " (" + g.issues() + ")").toList();
    return names.isEmpty() ? null : "left out with fewer than " + settings.minGroupSize() + " issues: "
        + String.join(", ", names);
  }

  private static List<ResolvedIssue> recount(List<ResolvedIssue> issues, DayCounting counting) {
    return issues.stream().map(i -> new ResolvedIssue(i.issue(), counting.days(i.issue().createdAt(),
        i.issue().closedAt()))).toList();
  }

  private static Map<String, List<ResolvedIssue>> recount(Map<String, List<ResolvedIssue>> groups,
      DayCounting counting) {
    Map<String, List<ResolvedIssue>> recounted = new TreeMap<>();
    groups.forEach((name, issues) -> recounted.put(name, recount(issues, counting)));
    return recounted;
  }

  private static StudyTest compareGroups(List<ResolvedIssue> ptm, List<ResolvedIssue> nonPtm,
      StudySettings settings) {
    String subject = "resolution days, PTM vs non-PTM issues (balanced sample)";
    int n = ptm.size() + nonPtm.size();
    if (ptm.isEmpty()) {
      return StudyTest.notRun("ptm-vs-non-ptm", "mann-whitney-u", subject, n, 2,
          "no project has both closed PTM and closed non-PTM issues");
    }
    MannWhitneyResult test = MannWhitneyU.test(days(ptm), days(nonPtm), settings.alternative());
    DominanceEffect effect = DominanceEffect.of(test);
    return new StudyTest("ptm-vs-non-ptm", "mann-whitney-u", subject, n, 2, test.u1(), null, test.pValue(),
        test.method().name().toLowerCase(Locale.ROOT), test.alternative().scipyName(), null,
        List.of(new EffectSize("a12", effect.a12(), effect.a12Magnitude().label()),
            new EffectSize("cliffs-delta", effect.cliffsDelta(), effect.cliffsDeltaMagnitude().label())),
        List.of(), null);
  }

  private static StudyTest typeBalance(Map<String, Map<String, Long>> table, long withoutType) {
    String subject = "issue type x group (balanced sample)";
    long n = table.values().stream().flatMap(m -> m.values().stream()).mapToLong(Long::longValue).sum();
    String untyped = withoutType > 0 ? withoutType + " sampled issue(s) without a type left out" : null;
    if (table.size() < 2 || n == 0) {
      return StudyTest.notRun("issue-types", "chi-square", subject, n, 2,
          join("fewer than two issue types among the sampled issues", untyped));
    }
    long[][] observed = new long[table.size()][2];
    int row = 0;
    for (Map<String, Long> counts : table.values()) {
      observed[row][0] = counts.getOrDefault(PTM, 0L);
      observed[row][1] = counts.getOrDefault(NON_PTM, 0L);
      row++;
    }
    if (columnTotal(observed, 0) == 0 || columnTotal(observed, 1) == 0) {
      return StudyTest.notRun("issue-types", "chi-square", subject, n, 2,
          join("a group has no issue with a type", untyped));
    }
    ChiSquareResult result = ChiSquareIndependence.test(observed);
    return new StudyTest("issue-types", "chi-square", subject, n, 2, result.statistic(), result.degreesOfFreedom(),
        result.pValue(), result.yatesCorrected() ? "yates" : "pearson", null, untyped, List.of(), List.of(), null);
  }

  private static StudyTest acrossGroups(String id, String subject, Map<String, List<ResolvedIssue>> groups,
      String leftOut) {
    long n = groups.values().stream().mapToLong(List::size).sum();
    if (groups.size() < 2) {
      return StudyTest.notRun(id, "kruskal-wallis-h", subject, n, groups.size(),
          join("fewer than two groups with enough closed PTM issues", leftOut));
    }
    List<String> names = List.copyOf(groups.keySet());
    List<double[]> samples = groups.values().stream().map(ResolutionStudy::days).toList();
    KruskalWallisResult test;
    try {
      test = KruskalWallisH.test(samples);
    } catch (IllegalArgumentException e) {
      return StudyTest.notRun(id, "kruskal-wallis-h", subject, n, groups.size(), join(e.getMessage(), leftOut));
    }
    List<PairwiseComparison> pairs = new ArrayList<>();
    for (DunnComparison pair : DunnTest.test(samples)) {
      pairs.add(new PairwiseComparison(names.get(pair.a()), names.get(pair.b()), pair.z(), pair.pValue(), pair.pHolm()));
    }
    return new StudyTest(id, "kruskal-wallis-h", subject, test.n(), test.groups(), test.h(),
        test.degreesOfFreedom(), test.pValue(), "chi-square", null,
        join("an issue with several labels counts in each of their groups", leftOut),
        List.of(new EffectSize("epsilon-squared", test.epsilonSquared(), test.epsilonSquaredMagnitude().label())),
        pairs, null);
  }

  private static List<GroupSummary> summarise(String scope, Map<String, List<ResolvedIssue>> groups,
      StudySettings settings, List<ScopedValue> values) {
    List<GroupSummary> summaries = new ArrayList<>();
    for (Map.Entry<String, List<ResolvedIssue>> group : groups.entrySet()) {
      if (group.getValue().isEmpty()) {
        continue;
      }
      for (ResolvedIssue issue : group.getValue()) {
        StudyIssue i = issue.issue();
        values.add(new ScopedValue(scope, group.getKey(), i.repository(), i.number(),
            DayCounting.CALENDAR.days(i.createdAt(), i.closedAt()), DayCounting.ELAPSED.days(i.createdAt(), i.closedAt())));
      }
      summaries.add(GroupSummary.of(group.getKey(), days(group.getValue()), settings.confidence(),
          settings.bootstrapResamples(), settings.seed()));
    }
    return List.copyOf(summaries);
  }

  private static long countTypes(List<ResolvedIssue> issues, String group, Map<String, Map<String, Long>> table) {
    long withoutType = 0;
    for (ResolvedIssue issue : issues) {
      String type = issue.issue().type();
      if (type == null) {
        withoutType++;
      } else {
        table.computeIfAbsent(type, t -> new TreeMap<>()).merge(group, 1L, Long::sum);
      }
    }
    return withoutType;
  }

  private static Map<String, List<ResolvedIssue>> byLabel(List<ResolvedIssue> issues,
      Function<ResolvedIssue, Set<String>> labels) {
    Map<String, List<ResolvedIssue>> grouped = new TreeMap<>();
    for (ResolvedIssue issue : issues) {
      for (String label : new TreeSet<>(labels.apply(issue))) {
        grouped.computeIfAbsent(label, l -> new ArrayList<>()).add(issue);
      }
    }
    return grouped;
  }

  private static double[] days(List<ResolvedIssue> issues) {
    return issues.stream().mapToDouble(ResolvedIssue::days).toArray();
  }

  private static long columnTotal(long[][] table, int column) {
    long total = 0;
    for (long[] row : table) {
      total += row[column];
    }
    return total;
  }

  private static String join(String first, String second) {
    return second == null ? first : first + "; " + second;
  }
}
