package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.Conventions;
import io.hfmine.analyzers.stats.GroupSummary;
import io.hfmine.analyzers.stats.GroupSummaryJson;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A study run as a JSON-ready tree, with full-precision numbers. */
public final class ResolutionStudyJson {
  private ResolutionStudyJson() {
  }

  public static Map<String, Object> of(ResolutionStudyResult result) {
    Map<String, Object> root = new LinkedHashMap<>();
    StudySettings s = result.settings();
    Map<String, Object> settings = new LinkedHashMap<>();
    settings.put("seed", s.seed());
    settings.put("day_counting", s.dayCounting().label());
    settings.put("day_counting_definition", s.dayCounting().definition());
    settings.put("min_group_size", s.minGroupSize());
    settings.put("alpha", s.alpha());
    settings.put("label_sources", s.labelSources());
    settings.put("alternative", s.alternative().scipyName());
    settings.put("bootstrap_resamples", s.bootstrapResamples());
    settings.put("confidence", s.confidence());
    root.put("settings", settings);
    root.put("counts", result.counts());
    List<Object> projects = new ArrayList<>();
    for (ProjectSample p : result.sample().projects()) {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("repository", p.repository());
      row.put("closed_ptm", p.closedPtm());
      row.put("closed_non_ptm", p.closedNonPtm());
      row.put("sampled_per_group", p.sampledPerGroup());
      row.put("dropped", p.dropped());
      projects.add(row);
    }
    root.put("projects", projects);
    Map<String, Object> descriptives = new LinkedHashMap<>();
    for (Map.Entry<String, List<GroupSummary>> scope : result.descriptives().entrySet()) {
      List<Object> rows = new ArrayList<>();
      for (GroupSummary group : scope.getValue()) {
        rows.add(GroupSummaryJson.of(group));
      }
      descriptives.put(scope.getKey(), rows);
    }
    root.put("descriptives_day_counting", s.dayCounting().label());
    root.put("descriptives", descriptives);
    root.put("tests", result.tests());
    root.put("issue_types", result.issueTypes());
    root.put("sampled_without_type", result.sampledWithoutType());
    root.put("issue_type_balance", TypeBalanceReading.of(result.test("issue-types"), s.alpha()));
    root.put("groups_left_out", result.leftOut());
    Map<String, Object> sensitivity = new LinkedHashMap<>();
    sensitivity.put("sampled_issues", result.sensitivity().issues());
    sensitivity.put("days_differing", result.sensitivity().differing());
    sensitivity.put("other_day_counting", result.sensitivity().other().label());
    sensitivity.put("other_day_counting_definition", result.sensitivity().other().definition());
    root.put("day_counting_sensitivity", sensitivity);
    Map<String, Object> survival = new LinkedHashMap<>();
    result.survival().forEach((group, curve) -> {
      Map<String, Object> row = new LinkedHashMap<>();
      row.put("day_counting", s.dayCounting().label());
      row.put("issues", curve.n());
      row.put("closed", curve.events());
      row.put("median_days", finite(curve.median()));
      row.put("median_lower", finite(curve.medianLower()));
      row.put("median_upper", finite(curve.medianUpper()));
      row.put("confidence", curve.confidence());
      survival.put(group, row);
    });
    root.put("survival", survival);
    root.put("conventions", Conventions.SCIPY);
    return root;
  }

  private static Double finite(double value) {
    return Double.isFinite(value) ? value : null;
  }
}
