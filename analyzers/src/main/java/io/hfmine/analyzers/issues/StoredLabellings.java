package io.hfmine.analyzers.issues;

import io.hfmine.datasets.store.Store;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * A method's stored labels ({@code issue_labels} under its source) read back as the labellings it
 * gave, themes and sub-themes in their stored rank ({@link ThemeRanking}), so that what the store
 * holds can be scored as {@code annotate evaluate} scores a fresh run, without labelling again.
 */
public final class StoredLabellings {
  private StoredLabellings() {
  }

  /** The labellings {@code source} stored for these issues; an issue without its PTM label is absent. */
  public static Map<IssueId, IssueLabelling> read(Store store, String source, Collection<IssueId> issues) {
    Set<IssueId> wanted = new HashSet<>(issues);
    Set<String> repositories = new TreeSet<>();
    issues.forEach(issue -> repositories.add(issue.repository()));
    List<IssueLabel> labels = new ArrayList<>();
    for (String repository : repositories) {
      LabelRecords.read(store, repository).stream()
          .filter(label -> label.source().equals(source) && wanted.contains(label.issue())).forEach(labels::add);
    }
    return of(labels);
  }

  /**
   * Labels of one source, in the order {@link LabelRecords#read} gives them, grouped by issue. An
   * issue needs its PTM label to be a labelling (every labeller stores one); rows of an issue
   * without it are left out.
   */
  public static Map<IssueId, IssueLabelling> of(List<IssueLabel> labels) {
    Map<IssueId, List<IssueLabel>> byIssue = new LinkedHashMap<>();
    labels.forEach(label -> byIssue.computeIfAbsent(label.issue(), id -> new ArrayList<>()).add(label));
    Map<IssueId, IssueLabelling> labellings = new LinkedHashMap<>();
    byIssue.forEach((issue, rows) -> {
      ScoredCode ptm = null;
      ScoredCode type = null;
      List<ScoredCode> themes = new ArrayList<>();
      List<ScoredCode> subThemes = new ArrayList<>();
      for (IssueLabel row : rows) {
        ScoredCode code = new ScoredCode(row.value(), row.confidence() == null ? 1.0 : row.confidence(), row.evidence());
        switch (row.kind()) {
          case PTM -> ptm = code;
          case THEME -> themes.add(code);
          case SUBTHEME -> subThemes.add(code);
          case TYPE -> type = code;
        }
      }
      if (ptm != null) {
        labellings.put(issue, new IssueLabelling(issue, ptm, themes, subThemes, type));
      }
    });
    return labellings;
  }
}
