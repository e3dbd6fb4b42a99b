package io.hfmine.analyzers.issues;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What one labeller decided about one issue: PTM relevance, themes and sub-themes (ranked by
 * {@link ThemeRanking}: primary first, several allowed) and the issue type.
 *
 * <p>Themes are the challenge the issue raises if it is PTM-related. Labellers that can tell
 * (rules, classifier) give them for every issue, also where their own relevance decision is no,
 * so that an issue another source calls PTM-related (an annotator, the classifier) still finds a
 * theme; consumers count themes only for issues whose chosen PTM label is true.
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

  /** The primary theme, or null when there is none. */
  public String primaryTheme() {
    return themes.isEmpty() ? null : themes.get(0).code();
  }

  /** The primary sub-theme, or null when there is none. */
  public String primarySubTheme() {
    return subThemes.isEmpty() ? null : subThemes.get(0).code();
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

  /** The rows to store for this labelling under {@code source}; themes keep their rank. */
  public List<IssueLabel> toLabels(String source) {
    List<IssueLabel> labels = new ArrayList<>();
    labels.add(new IssueLabel(issue, LabelKind.PTM, ptm.code(), source, ptm.confidence(), ptm.evidence()));
    for (int i = 0; i < themes.size(); i++) {
      ScoredCode t = themes.get(i);
      labels.add(new IssueLabel(issue, LabelKind.THEME, t.code(), source, t.confidence(), t.evidence(), i));
    }
    for (int i = 0; i < subThemes.size(); i++) {
      ScoredCode t = subThemes.get(i);
      labels.add(new IssueLabel(issue, LabelKind.SUBTHEME, t.code(), source, t.confidence(), t.evidence(), i));
    }
    if (type != null) {
      labels.add(new IssueLabel(issue, LabelKind.TYPE, type.code(), source, type.confidence(), type.evidence()));
    }
    return labels;
  }
}
