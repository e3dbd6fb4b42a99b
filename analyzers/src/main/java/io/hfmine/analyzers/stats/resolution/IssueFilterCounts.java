package io.hfmine.analyzers.stats.resolution;

/** How many issues each rule kept or left out before sampling. */
public record IssueFilterCounts(long issues, long openExcluded, long closedWithoutDate, long closedBeforeCreated,
    long closedWithoutPtmLabel, long closedPtm, long closedNonPtm) {
}
