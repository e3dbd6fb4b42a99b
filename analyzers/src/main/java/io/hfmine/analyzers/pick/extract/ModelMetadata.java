package io.hfmine.analyzers.pick.extract;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A model described by the template: each attribute's values, in template order, with provenance. */
public record ModelMetadata(String modelId, Map<String, List<AttributeValue>> attributes) {

  public ModelMetadata {
    Map<String, List<AttributeValue>> copy = new LinkedHashMap<>();
    attributes.forEach((name, values) -> {
      if (values != null && !values.isEmpty()) {
        copy.put(name, List.copyOf(values));
      }
    });
    attributes = Collections.unmodifiableMap(copy);
  }

  /** Every value of an attribute (empty when it has none). */
  public List<AttributeValue> values(String attribute) {
    return attributes.getOrDefault(attribute, List.of());
  }

  /** The values of an attribute as text. */
  public List<String> texts(String attribute) {
    return values(attribute).stream().map(AttributeValue::value).toList();
  }

  /** The first value of an attribute. */
  public Optional<AttributeValue> first(String attribute) {
    List<AttributeValue> values = values(attribute);
    return values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
  }

  /** The first value as text, or null. */
  public String text(String attribute) {
    return first(attribute).map(AttributeValue::value).orElse(null);
  }

  /** The first value as a number, or null. */
  public Double number(String attribute) {
    return first(attribute).map(AttributeValue::number).orElse(null);
  }

  /** Whether the attribute has a value. */
  public boolean has(String attribute) {
    return !values(attribute).isEmpty();
  }
}
