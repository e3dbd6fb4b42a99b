package io.hfmine.analyzers.stats.survival;

/**
 * The Kaplan-Meier estimate just after {@code time}, one row of R's {@code survfit}.
 *
 * @param stdErr standard error of the cumulative hazard (Greenwood), R's {@code std.err};
 *     infinite once the curve reaches 0
 * @param lower lower confidence band (log scale); NaN once the curve reaches 0
 * @param upper upper confidence band, capped at 1; NaN once the curve reaches 0
 */
public record KaplanMeierStep(double time, int atRisk, int events, int censored, double survival, double stdErr,
    double lower, double upper) {
}
