package io.hfmine.analyzers.issues;

import java.util.List;

/**
 * A human's labels for one issue, as imported from an annotation CSV; also the gold standard
 * that automatic methods are evaluated against.
 *
 * <p>A blank cell is "not annotated", never a label: {@code ptm} and {@code type} are null, and
 * {@code themes} / {@code subThemes} are null, when the annotator left them blank. An issue
 * annotated as not PTM-related has no themes by definition (empty lists). Themes and sub-themes
 * are in the annotator's order, primary first.
 */
public record Annotation(IssueId issue, String annotator, Boolean ptm, List<String> themes, List<String> subThemes,
    String type) {
  public Annotation {
    themes = themes == null ? null : List.copyOf(themes);
    subThemes = subThemes == null ? null : List.copyOf(subThemes);
    if (Boolean.FALSE.equals(ptm)) {
      themes = themes == null ? List.of() : themes;
      subThemes = subThemes == null ? List.of() : subThemes;
    }
  }

  /** Whether PTM relevance was annotated: said so, or implied by themes given without an explicit answer. */
  public boolean ptmAnnotated() {
    return ptm != null || !themeList().isEmpty();
  }

  /** PTM-related; only meaningful when {@link #ptmAnnotated()}. */
  public boolean isPtm() {
    return ptm != null ? ptm : !themeList().isEmpty();
  }

  /** Whether the themes were annotated (a blank cell on a PTM-related issue is not). */
  public boolean themesAnnotated() {
    return themes != null;
  }

  /** Whether the sub-themes were annotated. */
  public boolean subThemesAnnotated() {
    return subThemes != null;
  }

  /** The themes, empty when not annotated. */
  public List<String> themeList() {
    return themes == null ? List.of() : themes;
  }

  /** The sub-themes, empty when not annotated. */
  public List<String> subThemeList() {
    return subThemes == null ? List.of() : subThemes;
  }

  /** The primary theme (listed first), or null when there is none or it was not annotated. */
  public String primaryTheme() {
    return themeList().isEmpty() ? null : themes.get(0);
  }

  /** The primary sub-theme (listed first), or null. */
  public String primarySubTheme() {
    return subThemeList().isEmpty() ? null : subThemes.get(0);
  }
}
