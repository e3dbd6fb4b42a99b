package io.hfmine.analyzers.stats.resolution;

/** What balanced sampling did with one project. */
public record ProjectSample(String repository, int closedPtm, int closedNonPtm, int sampledPerGroup) {

  /** A project with an empty group contributes nothing. */
  public boolean dropped() {
    return sampledPerGroup == 0;
  }
}
