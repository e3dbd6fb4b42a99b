package io.hfmine.analyzers.stats.resolution;

import java.util.ArrayList;
import java.util.List;

/**
 * How much the choice of day counting matters for the sampled issues: how many get a different
 * number of days under the other reading (always one day more under calendar counting).
 *
 * @param used the counting the study's main results use
 * @param issues sampled issues (both groups)
 * @param differing of those, the issues whose days differ between the two readings
 */
public record DayCountingSensitivity(DayCounting used, long issues, long differing) {

  static DayCountingSensitivity of(DayCounting used, BalancedSample sample) {
    List<ResolvedIssue> all = new ArrayList<>(sample.ptm());
    all.addAll(sample.nonPtm());
    long differing = all.stream().filter(i -> DayCounting.CALENDAR.days(i.issue().createdAt(), i.issue().closedAt())
        != DayCounting.ELAPSED.days(i.issue().createdAt(), i.issue().closedAt())).count();
    return new DayCountingSensitivity(used, all.size(), differing);
  }

  public DayCounting other() {
    return used.other();
  }
}
