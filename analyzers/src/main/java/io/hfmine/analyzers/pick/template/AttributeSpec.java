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
 */
public record AttributeSpec(String name, AttributeKind kind, boolean special, boolean prose, boolean dropInstructions,
    String description, List<String> sources, List<String> sections, Map<String, List<String>> vocabulary) {

  public AttributeSpec {
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
