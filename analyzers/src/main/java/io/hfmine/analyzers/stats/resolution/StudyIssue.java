package io.hfmine.analyzers.stats.resolution;

import java.time.Instant;
import java.util.Set;

/**
 * An issue as the resolution study sees it: its dates and the labels chosen for it.
 *
 * @param closedAt the last closure (the issues table keeps the final closed_at); null when open
 * @param ptm null when no chosen source labelled the issue (or its sources disagree)
 * @param type bug / question / enhancement / other, or null
 */
public record StudyIssue(String repository, int number, String state, Instant createdAt, Instant closedAt,
    Boolean ptm, String type, Set<String> themes, Set<String> subthemes) {

  public StudyIssue {
    themes = Set.copyOf(themes);
    subthemes = Set.copyOf(subthemes);
  }

  public String key() {
    return repository + "#" + number;
  }
}
