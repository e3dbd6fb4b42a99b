package io.hfmine.analyzers.pick.index;

import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.request.PickRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * The text embedded for a model, and for a request: the configured attributes in order
 * ({@code pick.embedding.attributes}), joined and cut, so both sides are written alike.
 */
public final class EmbeddedText {
  private final List<String> attributes;
  private final int maxChars;

  public EmbeddedText(List<String> attributes, int maxChars) {
    this.attributes = List.copyOf(attributes);
    this.maxChars = maxChars;
  }

  public String of(ModelMetadata model) {
    List<String> parts = new ArrayList<>();
    for (String attribute : attributes) {
      List<String> values = model.texts(attribute);
      if (!values.isEmpty()) {
        parts.add(String.join(", ", values));
      }
    }
    return cut(String.join(". ", parts));
  }

  /**
   * The request's values of the same attributes; when it has none of them, every matched
   * attribute it has, so a request written only as datasets or limitations still embeds.
   */
  public String of(PickRequest request) {
    List<String> parts = new ArrayList<>();
    for (String attribute : attributes) {
      List<String> values = request.matched().get(attribute);
      if (values != null && !values.isEmpty()) {
        parts.add(String.join(", ", values));
      }
    }
    return cut(parts.isEmpty() ? request.allText() : String.join(". ", parts));
  }

  private String cut(String text) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = text.lastIndexOf(' ', maxChars);
    return text.substring(0, end > maxChars / 2 ? end : maxChars);
  }
}
