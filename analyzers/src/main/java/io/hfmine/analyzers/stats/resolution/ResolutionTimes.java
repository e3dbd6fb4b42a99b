package io.hfmine.analyzers.stats.resolution;

import java.util.ArrayList;
import java.util.List;

/** Turns issues into resolution times, leaving out (and counting) those that have none. */
public final class ResolutionTimes {
  private final List<ResolvedIssue> ptm;
  private final List<ResolvedIssue> nonPtm;
  private final IssueFilterCounts counts;

  private ResolutionTimes(List<ResolvedIssue> ptm, List<ResolvedIssue> nonPtm, IssueFilterCounts counts) {
    this.ptm = ptm;
    this.nonPtm = nonPtm;
    this.counts = counts;
  }

  /**
   * Open issues have no resolution time; a closed issue without closed_at or closed before it was
   * created is a data error, left out and counted rather than guessed.
   */
  public static ResolutionTimes of(List<StudyIssue> issues, DayCounting counting) {
    List<ResolvedIssue> ptm = new ArrayList<>();
    List<ResolvedIssue> nonPtm = new ArrayList<>();
    long open = 0;
    long withoutDate = 0;
    long beforeCreated = 0;
    long unlabelled = 0;
    for (StudyIssue issue : issues) {
      if (!"closed".equalsIgnoreCase(issue.state())) {
        open++;
      } else if (issue.closedAt() == null) {
        withoutDate++;
      } else if (issue.closedAt().isBefore(issue.createdAt())) {
        beforeCreated++;
      } else if (issue.ptm() == null) {
        unlabelled++;
      } else {
        ResolvedIssue resolved = new ResolvedIssue(issue, counting.days(issue.createdAt(), issue.closedAt()));
        (issue.ptm() ? ptm : nonPtm).add(resolved);
      }
    }
    return new ResolutionTimes(List.copyOf(ptm), List.copyOf(nonPtm),
        new IssueFilterCounts(issues.size(), open, withoutDate, beforeCreated, unlabelled, ptm.size(), nonPtm.size()));
  }

  public List<ResolvedIssue> ptm() {
    return ptm;
  }

  public List<ResolvedIssue> nonPtm() {
    return nonPtm;
  }

  public IssueFilterCounts counts() {
    return counts;
  }
}
