package io.hfmine.analyzers.stats.survival;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.commons.statistics.distribution.NormalDistribution;

/**
 * Kaplan-Meier estimation as R's {@code survfit(Surv(time, event) ~ 1, conf.type = "log")}: one
 * step per distinct time (censored-only times included), Greenwood's standard error of the
 * cumulative hazard, bands exp(log S ± z·se) with the upper one capped at 1, and the median with
 * its limits found as {@code quantile.survfit} finds them.
 */
public final class KaplanMeier {
  /** R's {@code sqrt(.Machine$double.eps)}: a curve within this of one half counts as exactly there. */
  private static final double TOLERANCE = Math.sqrt(Math.ulp(1.0));

  private KaplanMeier() {
  }

  public static KaplanMeierCurve fit(SurvivalSample sample, double confidence) {
    if (sample.size() == 0) {
      throw new IllegalArgumentException("a Kaplan-Meier curve needs at least one observation");
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1; got " + confidence);
    }
    double z = NormalDistribution.of(0, 1).inverseSurvivalProbability((1 - confidence) / 2);
    Integer[] order = new Integer[sample.size()];
    Arrays.setAll(order, i -> i);
    double[] times = sample.times();
    Arrays.sort(order, (a, b) -> Double.compare(times[a], times[b]));

    List<KaplanMeierStep> steps = new ArrayList<>();
    int atRisk = sample.size();
    double survival = 1;
    double hazardVariance = 0;
    int i = 0;
    while (i < order.length) {
      double time = times[order[i]];
      int events = 0;
      int censored = 0;
      while (i < order.length && times[order[i]] == time) {
        if (sample.events()[order[i]]) {
          events++;
        } else {
          censored++;
        }
        i++;
      }
      if (events > 0) {
        survival *= 1 - (double) events / atRisk;
        hazardVariance = events == atRisk ? Double.POSITIVE_INFINITY
            : hazardVariance + (double) events / ((double) atRisk * (atRisk - events));
      }
      double stdErr = Math.sqrt(hazardVariance);
      double lower = Double.NaN;
      double upper = Double.NaN;
      if (survival > 0) {
        lower = Math.exp(Math.log(survival) - z * stdErr);
        upper = Math.min(1, Math.exp(Math.log(survival) + z * stdErr));
      }
      steps.add(new KaplanMeierStep(time, atRisk, events, censored, survival, stdErr, lower, upper));
      atRisk -= events + censored;
    }
    return new KaplanMeierCurve(sample.size(), sample.eventCount(), confidence, steps,
        halfway(steps, KaplanMeierStep::survival), halfway(steps, KaplanMeierStep::lower),
        halfway(steps, KaplanMeierStep::upper));
  }

  /**
   * Where a curve (the estimate or a band) falls to one half, as R's {@code findq}: the first time
   * it is below 0.5; when it sits at 0.5 (within tolerance) over an interval, the middle of that
   * interval, running to the last time when it never falls further.
   */
  private static double halfway(List<KaplanMeierStep> steps, java.util.function.ToDoubleFunction<KaplanMeierStep> curve) {
    double p = 0.5;
    // Points (time, 1 - S), starting at (0, 0); a value seen before is dropped (R: duplicated()).
    List<double[]> points = new ArrayList<>();
    points.add(new double[] {0, 0});
    double last = steps.get(steps.size() - 1).time();
    for (KaplanMeierStep step : steps) {
      double y = 1 - curve.applyAsDouble(step);
      boolean seen = false;
      for (double[] point : points) {
        if (Double.compare(point[1], y) == 0) {
          seen = true;
          break;
        }
      }
      if (!seen) {
        points.add(new double[] {step.time(), y});
      }
    }
    double max = points.stream().mapToDouble(point -> point[1]).filter(y -> !Double.isNaN(y)).max().orElse(0);
    if (max < p) {
      return Double.NaN;
    }
    double[] reached = firstAtLeast(points, p, TOLERANCE);
    double[] passed = firstAtLeast(points, p, -TOLERANCE);
    double[] end = points.get(points.size() - 1);
    if (reached != null && !Double.isNaN(end[1]) && Math.abs(p - end[1]) < TOLERANCE) {
      return (reached[0] + last) / 2;
    }
    if (reached == null || passed == null) {
      return Double.NaN;
    }
    return (reached[0] + passed[0]) / 2;
  }

  /** The point whose y + shift is the smallest value at least p (R's constant interpolation, f = 1). */
  private static double[] firstAtLeast(List<double[]> points, double p, double shift) {
    double[] best = null;
    for (double[] point : points) {
      if (!Double.isNaN(point[1]) && point[1] + shift >= p && (best == null || point[1] < best[1])) {
        best = point;
      }
    }
    return best;
  }
}
