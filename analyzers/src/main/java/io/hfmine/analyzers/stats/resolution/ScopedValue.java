package io.hfmine.analyzers.stats.resolution;

/** The resolution time of one issue within a compared group (scope: group, theme or subtheme). */
public record ScopedValue(String scope, String group, String repository, int issueNumber, long days) {
}
