package io.hfmine.analyzers.stats.survival;

import java.util.List;

/**
 * A Kaplan-Meier curve with its confidence bands and median survival.
 *
 * @param median the time the curve falls to one half (R's {@code quantile.survfit}); NaN when it
 *     never does
 * @param medianLower the median's lower confidence limit (where the lower band falls to one half)
 * @param medianUpper the median's upper confidence limit; NaN when the upper band never falls to
 *     one half (common with few events)
 */
public record KaplanMeierCurve(int n, long events, double confidence, List<KaplanMeierStep> steps, double median,
    double medianLower, double medianUpper) {

  public KaplanMeierCurve {
    steps = List.copyOf(steps);
  }

  /** The estimate at {@code time}: the last step at or before it (1 before the first step). */
  public double survivalAt(double time) {
    double survival = 1;
    for (KaplanMeierStep step : steps) {
      if (step.time() > time) {
        break;
      }
      survival = step.survival();
    }
    return survival;
  }
}
