package io.hfmine.analyzers.pick.request;

import com.fasterxml.jackson.annotation.JsonIgnore;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.constraint.Constraint;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A request in the template: the attributes to match (text and list attributes, by name) and the
 * hard constraints (special attributes), plus the request as JSON for the record.
 */
public record PickRequest(String id, @JsonIgnore Map<String, List<String>> matched,
    @JsonIgnore List<Constraint> constraints, ObjectNode json) {

  public PickRequest {
    matched = Collections.unmodifiableMap(new LinkedHashMap<>(matched));
    constraints = List.copyOf(constraints);
  }

  /** The request's constraints in words. */
  public List<String> constraintTexts() {
    return constraints.stream().map(Constraint::describe).toList();
  }

  /** Every matched value joined: the request as one text, for the catch-all field and the embedding. */
  public String allText() {
    StringBuilder text = new StringBuilder();
    matched.values().forEach(values -> values.forEach(value -> text.append(text.isEmpty() ? "" : ". ").append(value)));
    return text.toString();
  }
}
