package io.hfmine.analyzers.stats;

import java.util.LinkedHashMap;
import java.util.Map;

/** One group's descriptives and bootstrap median interval as a JSON-ready row, shared by every study. */
public final class GroupSummaryJson {
  private GroupSummaryJson() {
  }

  public static Map<String, Object> of(GroupSummary group) {
    Descriptives d = group.descriptives();
    Map<String, Object> row = new LinkedHashMap<>();
    row.put("group", group.name());
    row.put("n", d.n());
    row.put("mean", d.mean());
    row.put("median", d.median());
    row.put("q1", d.q1());
    row.put("q3", d.q3());
    row.put("iqr", d.iqr());
    row.put("min", d.min());
    row.put("max", d.max());
    row.put("median_ci_low", group.medianInterval().low());
    row.put("median_ci_high", group.medianInterval().high());
    row.put("median_ci_confidence", group.medianInterval().confidence());
    row.put("bootstrap_resamples", group.medianInterval().resamples());
    row.put("bootstrap_seed", group.medianInterval().seed());
    return row;
  }
}
