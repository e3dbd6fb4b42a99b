package io.hfmine.analyzers.issues.taxonomy;

import java.util.List;

/** A sub-theme of the challenge taxonomy, such as {@code HR.MEM} (Memory Usage), with its cue phrases. */
public record SubTheme(String code, String name, String description, List<String> cues) {
  public SubTheme {
    cues = cues == null ? List.of() : List.copyOf(cues);
  }

  /** The code of the theme this sub-theme belongs to ({@code HR} for {@code HR.MEM}). */
  public String themeCode() {
    int dot = code.indexOf('.');
    return dot < 0 ? code : code.substring(0, dot);
  }
}
