package io.hfmine.analyzers.issues.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;

/** What makes an issue PTM-related: library names, PTM exceptions, phrases about models. */
public record RelevanceCues(List<String> libraries, List<String> exceptions, List<String> phrases,
    @JsonProperty("weak-phrases") List<String> weakPhrases) {
  public RelevanceCues {
    libraries = libraries == null ? List.of() : List.copyOf(libraries);
    exceptions = exceptions == null ? List.of() : List.copyOf(exceptions);
    phrases = phrases == null ? List.of() : List.copyOf(phrases);
    weakPhrases = weakPhrases == null ? List.of() : List.copyOf(weakPhrases);
  }
}
