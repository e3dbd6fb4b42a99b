package io.hfmine.analyzers.stats.resolution;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

/** Builds study issues for tests: created on a fixed day, closed a given number of days later. */
final class StudyIssues {
  static final Instant DAY_ZERO = Instant.parse("2024-03-01T10:00:00Z");

  private StudyIssues() {
  }

  static StudyIssue closed(String repository, int number, long days, Boolean ptm, String type, String... themes) {
    return new StudyIssue(repository, number, "closed", DAY_ZERO, DAY_ZERO.plus(Duration.ofDays(days)), ptm, type,
        Set.of(themes), Set.of());
  }

  static StudyIssue open(String repository, int number, Boolean ptm) {
    return new StudyIssue(repository, number, "open", DAY_ZERO, null, ptm, null, Set.of(), Set.of());
  }

  static ResolvedIssue resolved(String repository, int number, long days) {
    return new ResolvedIssue(closed(repository, number, days, true, null), days);
  }
}
