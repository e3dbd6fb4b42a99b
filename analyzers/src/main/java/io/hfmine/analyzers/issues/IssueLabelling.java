package io.hfmine.analyzers.issues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one labeller decided about one issue: PTM relevance, themes and sub-themes (strongest
 * first, several allowed) and the issue type.
 */
public record IssueLabelling(IssueId issue, ScoredCode ptm, List<ScoredCode> themes, List<ScoredCode> subThemes,
    ScoredCode type) {
  public IssueLabelling {
    themes = List.copyOf(themes);
    subThemes = List.copyOf(subThemes);
  }

  public boolean isPtm() {
    return Boolean.parseBoolean(ptm.code());
  }

  /** The strongest theme, or null when there is none (non-PTM issues). */
  public String primaryTheme() {
    return themes.isEmpty() ? null : themes.get(0).code();
  }

  public Set<String> themeCodes() {
    Set<String> codes = new LinkedHashSet<>();
    themes.forEach(t -> codes.add(t.code()));
    return codes;
  }

  public Set<String> subThemeCodes() {
    Set<String> codes = new LinkedHashSet<>();
    subThemes.forEach(t -> codes.add(t.code()));
    return codes;
  }

  /** The rows to store for this labelling under {@code source}. */
  public List<IssueLabel> toLabels(String source) {
    List<IssueLabel> labels = new ArrayList<>();
    labels.add(new IssueLabel(issue, LabelKind.PTM, ptm.code(), source, ptm.confidence(), ptm.evidence()));
    themes.forEach(t -> labels.add(new IssueLabel(issue, LabelKind.THEME, t.code(), source, t.confidence(), t.evidence())));
    subThemes.forEach(t -> labels.add(
        new IssueLabel(issue, LabelKind.SUBTHEME, t.code(), source, t.confidence(), t.evidence())));
    if (type != null) {
      labels.add(new IssueLabel(issue, LabelKind.TYPE, type.code(), source, type.confidence(), type.evidence()));
    }
    return labels;
  }
}
