package io.hfmine.analyzers.pick.template;

import java.util.List;
import java.util.Map;

/**
 * One attribute of the template: its kind, whether requests check it as a hard constraint, and the
 * sources its values come from, in order.
 *
 * @param prose for section sources: a section made only of "Label: value" lines (the model-card
 *     template's "Developed by: ..." lists) is not prose, and the next source is tried instead
 * @param dropInstructions for section sources: sentences that instruct the reader (the template's
 *     {@code instructions}: "Download the data ...", "you need to ...") are not part of the value
 * @param secondTo for section sources, per attribute a heading may name first: a section whose
 *     heading names this attribute after that one ("Intended uses &amp; limitations" for limitations
 *     after intended-use) feeds this one only when its text uses one of the listed words (lower case)
 */
public record AttributeSpec(String name, AttributeKind kind, boolean special, boolean prose, boolean dropInstructions,
    Map<String, List<String>> secondTo, String description, List<String> sources, List<String> sections,
    Map<String, List<String>> vocabulary) {

  public AttributeSpec {
    Map<String, List<String>> cues = new java.util.LinkedHashMap<>();
    if (secondTo != null) {
      secondTo.forEach((first, words) -> cues.put(first, words == null ? List.of()
          : words.stream().map(word -> word.toLowerCase(java.util.Locale.ROOT).strip()).toList()));
    }
    secondTo = java.util.Collections.unmodifiableMap(cues);
    sources = sources == null ? List.of() : List.copyOf(sources);
    sections = sections == null ? List.of() : List.copyOf(sections);
    vocabulary = vocabulary == null ? Map.of()
        : java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(vocabulary));
  }

  private static final Map<List<String>, List<AttributeSource>> PARSED = new java.util.concurrent.ConcurrentHashMap<>();

  /** The parsed sources (parsed once per distinct list: extraction asks for them for every model). */
  public List<AttributeSource> parsedSources() {
    return PARSED.computeIfAbsent(sources, list -> list.stream().map(AttributeSource::parse).toList());
  }
}
