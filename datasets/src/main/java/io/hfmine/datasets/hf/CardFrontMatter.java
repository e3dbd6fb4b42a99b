package io.hfmine.datasets.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * Splits a model card into its YAML front matter and body, and reads the metadata the studies
 * use (license, tags, datasets, base_model, language, pipeline_tag, model-index).
 *
 * <p>Cards are untrusted input: the header is refused above a byte limit and nesting is capped.
 * Aliases are read as references, never expanded, so an alias bomb cannot exhaust memory.
 */
public final class CardFrontMatter {
  private static final String FENCE = "---";

  private final ObjectMapper yaml;
  private final int maxHeaderBytes;

  public CardFrontMatter(int maxHeaderBytes, int maxDepth) {
    this.maxHeaderBytes = maxHeaderBytes;
    LoaderOptions options = new LoaderOptions();
    options.setNestingDepthLimit(maxDepth);
    options.setCodePointLimit(Math.max(maxHeaderBytes, 1024));
    options.setAllowDuplicateKeys(true);
    YAMLFactory factory = YAMLFactory.builder()
        .loaderOptions(options)
        .streamReadConstraints(StreamReadConstraints.builder().maxNestingDepth(maxDepth).build())
        .build();
    this.yaml = new ObjectMapper(factory);
  }

  /** The card split at its front matter: {@code header} is null when the card has none. */
  public record Split(String header, String body, int closingLine) {
  }

  /**
   * Splits a card. A card "has" front matter when its first line is {@code ---}; an opening fence
   * without a closing one is reported with {@code closingLine} -1.
   */
  public static Split split(String card) {
    String text = card.startsWith("\uFEFF") ? card.substring(1) : card;
    String[] lines = text.split("\r?\n", -1);
    if (lines.length == 0 || !lines[0].strip().equals(FENCE)) {
      return new Split(null, text, 0);
    }
    for (int i = 1; i < lines.length; i++) {
      String line = lines[i].strip();
      if (line.equals(FENCE) || line.equals("...")) {
        String header = String.join("\n", java.util.Arrays.copyOfRange(lines, 1, i));
        String body = String.join("\n", java.util.Arrays.copyOfRange(lines, i + 1, lines.length));
        return new Split(header, body, i + 1);
      }
    }
    return new Split("", text, -1);
  }

  /** The card's body: its text without the front matter. */
  public static String body(String card) {
    return split(card).body();
  }

  /** Reads the metadata of a card's text; never throws for bad input, it reports it. */
  public CardMetadata read(String card) {
    Split split = split(card);
    if (split.header() == null) {
      return CardMetadata.absent();
    }
    if (split.closingLine() < 0) {
      return CardMetadata.failed("malformed", "front matter opened on line 1 is never closed with ---");
    }
    int bytes = split.header().getBytes(StandardCharsets.UTF_8).length;
    if (bytes > maxHeaderBytes) {
      return CardMetadata.failed("too-large",
          "front matter is " + bytes + " bytes, above the limit of " + maxHeaderBytes);
    }
    JsonNode root;
    try {
      root = yaml.readTree(split.header());
    } catch (JsonProcessingException e) {
      String where = e.getLocation() == null ? "" : "line " + (e.getLocation().getLineNr() + 1) + ": ";
      return CardMetadata.failed("malformed", where + firstLine(e.getOriginalMessage()));
    } catch (RuntimeException e) {
      // SnakeYAML reports limit violations (depth, aliases, size) as unchecked exceptions.
      return CardMetadata.failed("malformed", firstLine(String.valueOf(e.getMessage())));
    }
    if (root == null || root.isMissingNode() || root.isNull()) {
      return new CardMetadata("ok", null, null, null, null, null, null, null, null, "{}");
    }
    if (!root.isObject()) {
      return CardMetadata.failed("malformed", "front matter is a " + root.getNodeType().toString().toLowerCase()
          + ", not a mapping of keys");
    }
    List<String> licenses = list(root.get("license"));
    JsonNode modelIndex = root.get("model-index");
    return new CardMetadata(
        "ok",
        null,
        licenses.isEmpty() ? null : String.join(", ", licenses),
        list(root.get("tags")),
        list(root.get("datasets")),
        list(root.get("base_model")),
        list(root.get("language")),
        scalar(root.get("pipeline_tag")),
        modelIndex == null || modelIndex.isNull() ? null : modelIndex.toString(),
        root.toString());
  }

  // The Hub accepts a single value or a list for these keys; both become a list.
  private static List<String> list(JsonNode value) {
    List<String> values = new ArrayList<>();
    if (value == null || value.isNull()) {
      return values;
    }
    if (value.isArray()) {
      value.forEach(item -> {
        if (item.isValueNode() && !item.isNull()) {
          values.add(item.asText());
        }
      });
    } else if (value.isValueNode()) {
      values.add(value.asText());
    }
    return values;
  }

  private static String scalar(JsonNode value) {
    return value == null || !value.isValueNode() || value.isNull() ? null : value.asText();
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unreadable YAML";
    }
    int newline = message.indexOf('\n');
    return (newline < 0 ? message : message.substring(0, newline)).strip();
  }
}
