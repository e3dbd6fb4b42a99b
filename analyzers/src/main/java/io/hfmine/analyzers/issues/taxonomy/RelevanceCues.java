package io.hfmine.analyzers.issues.taxonomy;

import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What makes an issue PTM-related, by kind of evidence (see {@link EvidenceKind}): unmistakable
 * phrases of reuse, PTM exceptions, PTM libraries imported or in traceback frames, PTM libraries
 * named, named pre-trained models and weight files, other phrases about models, weak words.
 */
public record RelevanceCues(List<String> strong, List<String> exceptions,
    @JsonProperty("library-imports") List<String> libraryImports, List<String> libraries, List<String> models,
    List<String> phrases, @JsonProperty("weak-phrases") List<String> weakPhrases) {
  public RelevanceCues {
    strong = copy(strong);
    exceptions = copy(exceptions);
    libraryImports = copy(libraryImports);
    libraries = copy(libraries);
    models = copy(models);
    phrases = copy(phrases);
    weakPhrases = copy(weakPhrases);
  }

  /** No cues at all. */
  public static RelevanceCues none() {
    return new RelevanceCues(null, null, null, null, null, null, null);
  }

  /** The cue lists by kind of evidence (model ids come from the store, not from cues). */
  public Map<EvidenceKind, List<String>> byKind() {
    Map<EvidenceKind, List<String>> byKind = new LinkedHashMap<>();
    byKind.put(EvidenceKind.STRONG, strong);
    byKind.put(EvidenceKind.EXCEPTION, exceptions);
    byKind.put(EvidenceKind.LIBRARY_IMPORT, libraryImports);
    byKind.put(EvidenceKind.LIBRARY, libraries);
    byKind.put(EvidenceKind.MODEL, models);
    byKind.put(EvidenceKind.PHRASE, phrases);
    byKind.put(EvidenceKind.WEAK, weakPhrases);
    return byKind;
  }

  private static List<String> copy(List<String> cues) {
    return cues == null ? List.of() : List.copyOf(cues);
  }
}
