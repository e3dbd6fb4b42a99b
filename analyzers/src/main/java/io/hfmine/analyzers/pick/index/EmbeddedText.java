package io.hfmine.analyzers.pick.index;

import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.request.PickRequest;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The text embedded for a model, and for a request: the configured attributes in order
 * ({@code pick.embedding.attributes}), joined and cut, so both sides are written alike.
 *
 * <p>The model's time grows with the word pieces of the text, so pieces that carry no meaning are
 * left out: measured results written as "label: number" (Trainer cards open with "Loss: 0.3412",
 * "Accuracy: 0.8431") are dropped, since a number's digits say nothing of what the model does. (The
 * name's hyphens stay: embedding its words instead lowered hit@1 on the sample from 0.641 to 0.603.)
 */
public final class EmbeddedText {
  /**
   * How the text is written: part of the index's fingerprint, so an index built by another version
   * of these rules is built again rather than compared with requests written by these.
   */
  public static final String RECIPE = "2: results left out";
  private static final Pattern RESULT = Pattern.compile(
      "(?<![\\p{L}\\p{N}])\\p{L}[\\p{L}\\p{N}_-]*(?: \\p{L}[\\p{L}\\p{N}_-]*){0,2}:\\s*[-+]?\\d[\\d.,]*\\s*%?(?=[\\s,;)]|$)");
  private static final Pattern SPACE = Pattern.compile("\\s+");
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
        parts.add(compact(String.join(", ", values)));
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
        parts.add(compact(String.join(", ", values)));
      }
    }
    return cut(parts.isEmpty() ? compact(request.allText()) : String.join(". ", parts));
  }

  /** An attribute's text without the word pieces that carry no meaning. */
  static String compact(String text) {
    return SPACE.matcher(RESULT.matcher(text).replaceAll(" ")).replaceAll(" ").strip();
  }

  private String cut(String text) {
    if (text.length() <= maxChars) {
      return text;
    }
    int end = text.lastIndexOf(' ', maxChars);
    return text.substring(0, end > maxChars / 2 ? end : maxChars);
  }
}
