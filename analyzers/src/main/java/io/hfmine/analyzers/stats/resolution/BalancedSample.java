package io.hfmine.analyzers.stats.resolution;

import java.util.List;

/** Equal numbers of PTM and non-PTM issues from every project that has both. */
public record BalancedSample(List<ProjectSample> projects, List<ResolvedIssue> ptm, List<ResolvedIssue> nonPtm) {

  public List<ProjectSample> kept() {
    return projects.stream().filter(p -> !p.dropped()).toList();
  }

  public List<ProjectSample> dropped() {
    return projects.stream().filter(ProjectSample::dropped).toList();
  }
}
