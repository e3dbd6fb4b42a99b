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
    root.put("descriptives", descriptives);
    root.put("tests", result.tests());
    root.put("issue_types", result.issueTypes());
    root.put("sampled_without_type", result.sampledWithoutType());
    root.put("conventions", Conventions.SCIPY);
    return root;
  }
}
