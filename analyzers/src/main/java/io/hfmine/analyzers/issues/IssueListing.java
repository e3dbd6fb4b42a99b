package io.hfmine.analyzers.issues;

import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** {@code hfmine issues list}: issues with their current labels, one view per labelling source. */
public final class IssueListing {
  private IssueListing() {
  }

  /** The labels one source gave an issue. */
  public record SourceLabels(String source, String ptm, List<String> themes, List<String> subThemes, String type,
      Map<String, String> evidence) {
  }

  /** An issue and its labels by source (sources in alphabetical order). */
  public record ListedIssue(IssueId id, String title, String url, List<SourceLabels> labels) {
  }

  public static List<ListedIssue> list(Store store, String repository) {
    Map<IssueId, Map<String, List<IssueLabel>>> bySource = new LinkedHashMap<>();
    for (IssueLabel label : LabelRecords.read(store, repository)) {
      bySource.computeIfAbsent(label.issue(), k -> new java.util.TreeMap<>())
          .computeIfAbsent(label.source(), k -> new ArrayList<>()).add(label);
    }
    List<ListedIssue> listed = new ArrayList<>();
    for (IssueText issue : IssueRecords.read(store, repository)) {
      List<SourceLabels> views = new ArrayList<>();
      bySource.getOrDefault(issue.id(), Map.of()).forEach((source, labels) -> views.add(view(source, labels)));
      listed.add(new ListedIssue(issue.id(), issue.title(), issue.url(), views));
    }
    return listed;
  }

  private static SourceLabels view(String source, List<IssueLabel> labels) {
    String ptm = null;
    String type = null;
    List<String> themes = new ArrayList<>();
    List<String> subThemes = new ArrayList<>();
    Map<String, String> evidence = new LinkedHashMap<>();
    for (IssueLabel label : labels) {
      if (label.evidence() != null && label.kind() != LabelKind.THEME) {
        evidence.put(label.kind() == LabelKind.SUBTHEME ? label.value() : label.kind().column(), label.evidence());
      }
      switch (label.kind()) {
        case PTM -> ptm = label.value();
        case TYPE -> type = label.value();
        case THEME -> themes.add(label.value());
        case SUBTHEME -> subThemes.add(label.value());
      }
    }
    return new SourceLabels(source, ptm, themes, subThemes, type, evidence);
  }
}
