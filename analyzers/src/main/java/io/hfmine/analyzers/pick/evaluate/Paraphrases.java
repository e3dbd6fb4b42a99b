package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.analyzers.pick.PickFiles;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** Words and their alternatives for the rule-based infill ({@code config/pick/paraphrases.yaml}). */
public record Paraphrases(Map<String, List<String>> words) {
  public Paraphrases {
    Map<String, List<String>> lower = new LinkedHashMap<>();
    if (words != null) {
      words.forEach((word, alternatives) -> lower.put(word.toLowerCase(Locale.ROOT),
          alternatives == null ? List.of() : List.copyOf(alternatives)));
    }
    words = lower;
  }

  public static Paraphrases load(String location) {
    return PickFiles.read(location, Paraphrases.class, message -> new IllegalArgumentException("paraphrase table " + message));
  }

  List<String> alternatives(String word) {
    return words.getOrDefault(word.toLowerCase(Locale.ROOT), List.of());
  }
}
