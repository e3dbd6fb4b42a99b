package io.hfmine.analyzers.pick.extract;

import io.hfmine.analyzers.pick.template.AttributeKind;
import io.hfmine.analyzers.pick.template.AttributeSource;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.analyzers.pick.template.Template;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Rule-based extraction of the template's attributes from a model's Hub record and card. Pure:
 * the same inputs always give the same values, so the store, a test and the sample generator agree.
 *
 * <p>Each attribute's sources are tried in template order: text, number, licence and access
 * attributes keep the first source that yields a value, lists take the union of all sources
 * (compared case-insensitively). The {@code llm} source is filled later by the LLM pass.
 */
public final class MetadataExtractor {
  private final Template template;
  private final ExtractionSettings settings;
  private final Placeholders placeholders;
  private final SectionAttributes sectionAttributes;
  private final SourceReaders readers;

  public MetadataExtractor(Template template, ExtractionSettings settings) {
    this.template = template;
    this.settings = settings;
    this.placeholders = new Placeholders(template.placeholders(), settings.minWords());
    this.sectionAttributes = new SectionAttributes(template.attributes(), template.otherSections());
    this.readers = new SourceReaders(template, settings, placeholders);
  }

  public Template template() {
    return template;
  }

  /** The model's attributes, in template order; attributes without a value are absent. */
  public ModelMetadata extract(ModelSource source) {
    CardView card = new CardView(source);
    Map<String, List<SectionAttributes.Fed>> sections = sectionAttributes.assign(card.sections());
    Map<String, List<AttributeValue>> attributes = new LinkedHashMap<>();
    for (AttributeSpec spec : template.attributes()) {
      List<AttributeValue> values = new ArrayList<>();
      Set<String> seen = new TreeSet<>(String.CASE_INSENSITIVE_ORDER);
      for (AttributeSource from : spec.parsedSources()) {
        if (!spec.kind().multiValued() && !values.isEmpty()) {
          break;
        }
        List<AttributeValue> found = from.kind().equals("section")
            ? readers.sections(spec, sections.getOrDefault(spec.name(), List.of()))
            : readers.read(spec, from, card);
        for (AttributeValue value : found) {
          if (value.value() != null && !value.value().isBlank() && seen.add(value.value())) {
            values.add(value);
            if (!spec.kind().multiValued()) {
              break;
            }
          }
        }
      }
      attributes.put(spec.name(), values);
    }
    return new ModelMetadata(source.model().id(), attributes);
  }

  /** Text of a section or card opening, cleaned of markup and placeholders; empty when nothing is left. */
  String clean(String markdown) {
    return placeholders.clean(MarkdownText.plain(markdown));
  }

  /** Whether an attribute is one of the prose attributes the LLM pass may fill. */
  public boolean fillableByLlm(AttributeSpec spec) {
    return spec.parsedSources().stream().anyMatch(source -> source.kind().equals("llm"))
        && (spec.kind() == AttributeKind.TEXT || spec.kind() == AttributeKind.LIST);
  }

  static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
