package io.hfmine.analyzers.stats.resolution;

import static io.hfmine.analyzers.stats.resolution.StudyIssues.DAY_ZERO;
import static io.hfmine.analyzers.stats.resolution.StudyIssues.closed;
import static io.hfmine.analyzers.stats.resolution.StudyIssues.open;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ResolutionTimesTest {

  @Test
  void excludesAndCountsIssuesWithoutAResolutionTime() {
    List<StudyIssue> issues = List.of(
        closed("o/a", 1, 3, true, null),
        closed("o/a", 2, 0, false, null),
        open("o/a", 3, true),
        new StudyIssue("o/a", 4, "closed", DAY_ZERO, null, true, null, Set.of(), Set.of()),
        new StudyIssue("o/a", 5, "closed", DAY_ZERO, DAY_ZERO.minusSeconds(60), false, null, Set.of(), Set.of()),
        closed("o/a", 6, 9, null, null));
    ResolutionTimes times = ResolutionTimes.of(issues, DayCounting.CALENDAR);
    assertThat(times.counts()).isEqualTo(new IssueFilterCounts(6, 1, 1, 1, 1, 1, 1));
    assertThat(times.ptm()).extracting(ResolvedIssue::days).containsExactly(3L);
    assertThat(times.nonPtm()).extracting(ResolvedIssue::days).containsExactly(0L);
  }
}
