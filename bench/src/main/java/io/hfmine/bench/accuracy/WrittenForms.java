package io.hfmine.bench.accuracy;

import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * How a PeaTMOSS id can be written in code: {@code spacy/en_core_web_sm} as {@code en_core_web_sm},
 * {@code timm/resnet50.a1_in1k} as {@code resnet50} or {@code resnet50.a1_in1k},
 * {@code sentence-transformers/all-MiniLM-L6-v2} bare, a legacy id under each of its spellings.
 */
final class WrittenForms {
  private final ModelIdCanonicalizer canonicalizer;

  WrittenForms(ModelIdCanonicalizer canonicalizer) {
    this.canonicalizer = canonicalizer;
  }

  /** The spellings of a PeaTMOSS id, lower-cased. */
  Set<String> of(String id) {
    Set<String> forms = new LinkedHashSet<>();
    String lower = id.toLowerCase(Locale.ROOT);
    forms.add(lower);
    if (lower.startsWith("spacy/")) {
      forms.add(lower.substring("spacy/".length()));
    } else if (lower.startsWith("timm/")) {
      String name = lower.substring("timm/".length());
      forms.add(name);
      forms.add(architecture(id));
    } else if (lower.startsWith("sentence-transformers/")) {
      forms.add(lower.substring("sentence-transformers/".length()));
    }
    String canonical = canonicalizer.canonicalize(id, null);
    if (canonical != null) {
      List<String> spellings = canonicalizer.aliases().idAndLegacyAliases(canonical);
      spellings.forEach(s -> forms.add(s.toLowerCase(Locale.ROOT)));
    }
    return forms;
  }

  /** The architecture of a timm Hub id ({@code timm/resnet50.a1_in1k} → {@code resnet50}). */
  static String architecture(String timmId) {
    String name = timmId.toLowerCase(Locale.ROOT);
    name = name.startsWith("timm/") ? name.substring(5) : name;
    int dot = name.indexOf('.');
    return dot < 0 ? name : name.substring(0, dot);
  }
}
