package io.hfmine.analyzers.stats.resolution;

import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.NON_PTM;
import static io.hfmine.analyzers.stats.resolution.ResolutionStudyResult.PTM;

import io.hfmine.analyzers.stats.survival.KaplanMeier;
import io.hfmine.analyzers.stats.survival.KaplanMeierCurve;
import io.hfmine.analyzers.stats.survival.LogRankResult;
import io.hfmine.analyzers.stats.survival.LogRankTest;
import io.hfmine.analyzers.stats.survival.SurvivalSample;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Resolution time with open issues kept: a closed issue is an event at its resolution time, an open
 * one is censored at the time it had been open when its repository was last observed (the latest
 * creation or closure among that repository's issues in the store, so a rerun on the same store
 * gives the same numbers). Issues with bad dates or no PTM label stay out, as in the main test.
 */
public final class SurvivalAnalysis {
  private SurvivalAnalysis() {
  }

  /** Kaplan-Meier curves per group and their log-rank test. */
  public record Result(Map<String, KaplanMeierCurve> curves, StudyTest logRank, long censored) {
  }

  static Result run(List<StudyIssue> issues, DayCounting counting, double confidence, String testId) {
    Map<String, Instant> observedUntil = new HashMap<>();
    for (StudyIssue issue : issues) {
      observedUntil.merge(issue.repository(), latest(issue), (a, b) -> a.isAfter(b) ? a : b);
    }
    Map<String, List<double[]>> times = new LinkedHashMap<>();
    times.put(PTM, new ArrayList<>());
    times.put(NON_PTM, new ArrayList<>());
    long censored = 0;
    for (StudyIssue issue : issues) {
      if (issue.ptm() == null) {
        continue;
      }
      boolean closed = "closed".equalsIgnoreCase(issue.state());
      if (closed && (issue.closedAt() == null || issue.closedAt().isBefore(issue.createdAt()))) {
        continue;
      }
      Instant end = closed ? issue.closedAt() : observedUntil.get(issue.repository());
      censored += closed ? 0 : 1;
      times.get(issue.ptm() ? PTM : NON_PTM).add(new double[] {counting.days(issue.createdAt(), end), closed ? 1 : 0});
    }
    Map<String, KaplanMeierCurve> curves = new LinkedHashMap<>();
    List<SurvivalSample> samples = new ArrayList<>();
    times.forEach((group, rows) -> {
      if (!rows.isEmpty()) {
        SurvivalSample sample = sample(rows);
        samples.add(sample);
        curves.put(group, KaplanMeier.fit(sample, confidence));
      }
    });
    String subject = "resolution days, PTM vs non-PTM issues, open issues censored (all labelled issues, not sampled)";
    long n = times.values().stream().mapToLong(List::size).sum();
    StudyTest test;
    if (samples.size() < 2) {
      test = StudyTest.notRun(testId, "log-rank", subject, n, samples.size(), "a group has no labelled issue");
    } else {
      try {
        LogRankResult result = LogRankTest.test(samples);
        test = new StudyTest(testId, "log-rank", subject, n, 2, result.chiSquare(), result.degreesOfFreedom(),
            result.pValue(), "chi-square", "two-sided", String.format(java.util.Locale.ROOT,
                "events observed / expected: PTM %.0f / %.2f, non-PTM %.0f / %.2f; %d open issue(s) censored",
                result.observed()[0], result.expected()[0], result.observed()[1], result.expected()[1], censored),
            List.of(), List.of(), null);
      } catch (IllegalArgumentException e) {
        test = StudyTest.notRun(testId, "log-rank", subject, n, 2, e.getMessage());
      }
    }
    return new Result(curves, test.counted(testId, counting), censored);
  }

  private static SurvivalSample sample(List<double[]> rows) {
    double[] t = new double[rows.size()];
    boolean[] e = new boolean[rows.size()];
    for (int i = 0; i < t.length; i++) {
      t[i] = rows.get(i)[0];
      e[i] = rows.get(i)[1] == 1;
    }
    return new SurvivalSample(t, e);
  }

  private static Instant latest(StudyIssue issue) {
    return issue.closedAt() != null && issue.closedAt().isAfter(issue.createdAt()) ? issue.closedAt()
        : issue.createdAt();
  }
}
