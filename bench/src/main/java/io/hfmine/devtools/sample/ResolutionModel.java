package io.hfmine.devtools.sample;

import java.time.Duration;
import java.util.Random;

/**
 * How long an issue stays open: log-normal, skewed (many closed within days, some after months,
 * a few after more than a year), with PTM issues slower than the others and each sub-theme
 * scaled by its {@code slowness}, the way the reference study found it.
 */
final class ResolutionModel {
  static final double NON_PTM_MEDIAN_DAYS = 2.5;
  static final double PTM_MEDIAN_DAYS = 7.0;
  static final double SPREAD = 1.8;
  static final double SAME_DAY_SHARE_NON_PTM = 0.25;
  static final double SAME_DAY_SHARE_PTM = 0.12;
  static final double MAX_DAYS = 1300;
  /** Issues forgotten for more than a year and closed in a later clean-up. */
  static final double FORGOTTEN_SHARE_PTM = 0.06;
  static final double FORGOTTEN_SHARE_NON_PTM = 0.02;
  static final int FORGOTTEN_MAX_DAYS = 900;

  private ResolutionModel() {
  }

  static Duration timeToClose(Random random, boolean ptm, double slowness) {
    if (random.nextDouble() < (ptm ? SAME_DAY_SHARE_PTM : SAME_DAY_SHARE_NON_PTM)) {
      return Duration.ofMinutes(12 + random.nextInt(10 * 60));
    }
    if (random.nextDouble() < (ptm ? FORGOTTEN_SHARE_PTM : FORGOTTEN_SHARE_NON_PTM)) {
      return Duration.ofDays(366 + random.nextInt(FORGOTTEN_MAX_DAYS - 366)).plusMinutes(random.nextInt(24 * 60));
    }
    double median = (ptm ? PTM_MEDIAN_DAYS : NON_PTM_MEDIAN_DAYS) * slowness;
    double days = Math.exp(Math.log(median) + SPREAD * random.nextGaussian());
    days = Math.max(0.04, Math.min(MAX_DAYS, days));
    return Duration.ofSeconds((long) (days * 86_400));
  }

  /** Chance that an issue is still open at crawl time when its sub-theme says nothing. */
  static double openRate(boolean ptm) {
    return ptm ? 0.14 : 0.10;
  }
}
