package io.hfmine.analyzers.usage.signatures;

import java.util.Map;

/** A keyword argument whose literal value changes a usage's kind ({@code repo_type="dataset"}). */
public record KindKeyword(String keyword, Map<String, String> values) {
  public KindKeyword {
    values = values == null ? Map.of() : Map.copyOf(values);
  }
}
