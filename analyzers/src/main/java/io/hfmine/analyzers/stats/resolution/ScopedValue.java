package io.hfmine.analyzers.stats.resolution;

/**
 * The resolution time of one issue within a compared group (scope: group, theme or subtheme),
 * under both readings of "days", so an exported table can redo the tests either way.
 */
public record ScopedValue(String scope, String group, String repository, int issueNumber, long calendarDays,
    long elapsedDays) {
}
