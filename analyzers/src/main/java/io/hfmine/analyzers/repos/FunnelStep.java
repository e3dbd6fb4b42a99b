package io.hfmine.analyzers.repos;

/** One row of the selection funnel: the rule applied at a step and how many projects are left. */
public record FunnelStep(int step, String rule, long remaining) {
}
