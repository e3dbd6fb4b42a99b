package io.hfmine.analyzers.issues.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** A theme of the challenge taxonomy, such as {@code HR} (Hardware and Computation Resource). */
public record Theme(String code, String name, String description,
    @JsonProperty("sub-themes") List<SubTheme> subThemes) {
  public Theme {
    subThemes = subThemes == null ? List.of() : List.copyOf(subThemes);
  }
}
