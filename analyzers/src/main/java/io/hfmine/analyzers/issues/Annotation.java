package io.hfmine.analyzers.issues;

import java.util.List;

/**
 * A human's labels for one issue, as imported from an annotation CSV; also the gold standard
 * that automatic methods are evaluated against. {@code ptm} and {@code type} may be null when the
 * annotator was not asked for them.
 */
public record Annotation(IssueId issue, String annotator, Boolean ptm, List<String> themes, List<String> subThemes,
    String type) {
  public Annotation {
    themes = themes == null ? List.of() : List.copyOf(themes);
    subThemes = subThemes == null ? List.of() : List.copyOf(subThemes);
  }

  /** PTM-related: said so, or implied by themes given without an explicit answer. */
  public boolean isPtm() {
    return ptm != null ? ptm : !themes.isEmpty();
  }
}
