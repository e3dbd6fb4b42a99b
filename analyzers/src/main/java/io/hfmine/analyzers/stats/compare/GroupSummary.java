package io.hfmine.analyzers.stats.compare;

import io.hfmine.analyzers.stats.BootstrapMedianInterval;
import io.hfmine.analyzers.stats.Descriptives;

/** One group's descriptives and the bootstrap interval of its median. */
public record GroupSummary(String name, Descriptives descriptives, BootstrapMedianInterval medianInterval) {
}
