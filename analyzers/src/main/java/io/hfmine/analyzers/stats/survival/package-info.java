/**
 * Time-to-event statistics for resolution times with open issues as right-censored observations:
 * Kaplan-Meier curves with confidence bands and median survival, and the log-rank test. They follow
 * R's {@code survival} package ({@code survfit} with {@code conf.type = "log"}, {@code
 * quantile.survfit}, {@code survdiff} with {@code rho = 0}), the reference survival analysts check
 * against.
 */
package io.hfmine.analyzers.stats.survival;
