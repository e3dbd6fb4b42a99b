package io.hfmine.datasets.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Reads a model record from the Hub API's JSON (camelCase) or from huggingface_hub's
 * {@code ModelInfo} dumps (snake_case); both spellings of every field are accepted.
 *
 * <p>Bad values raise {@link BadFieldException} naming the field, so a caller can add the file
 * and line.
 */
public final class ModelJson {
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelJson() {
  }

  /** A field whose value cannot be used; the message names the field and the value. */
  public static final class BadFieldException extends RuntimeException {
    public BadFieldException(String message) {
      super(message);
    }
  }

  /** The record described by {@code node}. */
  public static ModelRecord read(JsonNode node) {
    if (node == null || !node.isObject()) {
      throw new BadFieldException("a model record must be a JSON object, got "
          + (node == null ? "nothing" : node.getNodeType().toString().toLowerCase(Locale.ROOT)));
    }
    JsonNode idNode = field(node, "id", "modelId", "model_id");
    if (idNode == null || idNode.asText().isBlank()) {
      throw new BadFieldException("field `id` (or `modelId`) is missing");
    }
    if (!idNode.isTextual()) {
      throw new BadFieldException("field `" + nameOf(node, "id", "modelId", "model_id") + "` must be text, got "
          + abbreviate(idNode.toString()));
    }
    String id = idNode.asText().strip();
    String problem = HubIds.problem(id);
    if (problem != null) {
      throw new BadFieldException("field `" + nameOf(node, "id", "modelId", "model_id") + "` is not a Hub model id: '"
          + abbreviate(id) + "': " + problem);
    }
    String author = text(node, "author");
    return new ModelRecord(
        id,
        author == null ? ModelRecord.authorOf(id) : author,
        count(node, "downloads"),
        count(node, "likes"),
        tags(node),
        text(node, "pipeline_tag", "pipelineTag"),
        text(node, "library_name", "libraryName"),
        instant(node, "createdAt", "created_at"),
        instant(node, "lastModified", "last_modified"),
        gated(node),
        bool(node, "private"),
        text(node, "sha"),
        cardData(node),
        safetensors(node));
  }

  /**
   * The id a record carries, as sent and cut to 200 characters, or null when it has none; for
   * naming a record that {@link #read} refused.
   */
  public static String rawId(JsonNode node) {
    JsonNode idNode = node == null || !node.isObject() ? null : field(node, "id", "modelId", "model_id");
    if (idNode == null || idNode.isNull()) {
      return null;
    }
    String text = idNode.isTextual() ? idNode.asText() : idNode.toString();
    return text.length() <= 200 ? text : text.substring(0, 200);
  }

  private static JsonNode field(JsonNode node, String... names) {
    for (String name : names) {
      JsonNode value = node.get(name);
      if (value != null && !value.isNull()) {
        return value;
      }
    }
    return null;
  }

  private static String nameOf(JsonNode node, String... names) {
    for (String name : names) {
      if (node.hasNonNull(name)) {
        return name;
      }
    }
    return names[0];
  }

  private static String text(JsonNode node, String... names) {
    JsonNode value = field(node, names);
    if (value == null) {
      return null;
    }
    if (value.isContainerNode()) {
      throw new BadFieldException("field `" + nameOf(node, names) + "` must be text, got " + value);
    }
    String text = value.asText();
    return text.isEmpty() ? null : text;
  }

  private static Long number(JsonNode node, String... names) {
    JsonNode value = field(node, names);
    if (value == null) {
      return null;
    }
    if (value.isIntegralNumber()) {
      return value.asLong();
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        return Long.parseLong(text.endsWith(".0") ? text.substring(0, text.length() - 2) : text);
      } catch (NumberFormatException e) {
        // falls through to the error below
      }
    }
    throw new BadFieldException("field `" + nameOf(node, names) + "` is not a whole number: " + value);
  }

  // Downloads and likes are counts: a negative one is a broken dump, not a number to store.
  private static Long count(JsonNode node, String name) {
    Long value = number(node, name);
    if (value != null && value < 0) {
      throw new BadFieldException("field `" + name + "` is negative: " + value);
    }
    return value;
  }

  private static Boolean bool(JsonNode node, String... names) {
    JsonNode value = field(node, names);
    if (value == null) {
      return null;
    }
    if (value.isBoolean()) {
      return value.asBoolean();
    }
    String text = value.asText().strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "true", "1" -> true;
      case "false", "0" -> false;
      case "" -> null;
      default -> throw new BadFieldException("field `" + nameOf(node, names) + "` is not true/false: " + value);
    };
  }

  // The Hub answers false, "auto" or "manual"; dumps sometimes hold true for "auto".
  private static String gated(JsonNode node) {
    JsonNode value = field(node, "gated");
    if (value == null) {
      return null;
    }
    String text = value.asText().strip().toLowerCase(Locale.ROOT);
    return switch (text) {
      case "false", "0", "" -> "false";
      case "true", "1", "auto" -> "auto";
      case "manual" -> "manual";
      default -> throw new BadFieldException("field `gated` must be false, auto or manual: " + value);
    };
  }

  private static List<String> tags(JsonNode node) {
    JsonNode value = field(node, "tags");
    if (value == null) {
      return List.of();
    }
    if (value.isArray()) {
      List<String> tags = new ArrayList<>();
      value.forEach(tag -> {
        if (tag.isContainerNode()) {
          throw new BadFieldException("field `tags` must hold strings, got " + tag);
        }
        tags.add(tag.asText());
      });
      return tags;
    }
    if (value.isTextual()) {
      return splitTagText(value.asText());
    }
    throw new BadFieldException("field `tags` must be a list of strings, got " + value);
  }

  // CSV cells carry a list either as JSON ("[\"a\", \"b\"]"), as Python's repr ("['a', 'b']"),
  // or separated by commas, semicolons or bars.
  private static List<String> splitTagText(String text) {
    String trimmed = text.strip();
    if (trimmed.isEmpty()) {
      return List.of();
    }
    if (trimmed.startsWith("[")) {
      if (!trimmed.endsWith("]")) {
        throw new BadFieldException("field `tags` starts a list that never ends: " + text);
      }
      try {
        JsonNode parsed = JSON.readTree(trimmed.replace('\'', '"'));
        List<String> tags = new ArrayList<>();
        parsed.forEach(tag -> tags.add(tag.asText()));
        return tags;
      } catch (JsonProcessingException e) {
        throw new BadFieldException("field `tags` is not a readable list: " + text);
      }
    }
    List<String> tags = new ArrayList<>();
    for (String part : trimmed.split("[,;|]")) {
      if (!part.isBlank()) {
        tags.add(part.strip());
      }
    }
    return tags;
  }

  private static String cardData(JsonNode node) {
    JsonNode value = field(node, "cardData", "card_data");
    if (value == null) {
      return null;
    }
    if (value.isObject()) {
      return value.toString();
    }
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        JsonNode parsed = JSON.readTree(text);
        if (parsed != null && parsed.isObject()) {
          return parsed.toString();
        }
      } catch (JsonProcessingException e) {
        // reported below
      }
    }
    throw new BadFieldException("field `cardData` must be a JSON object, got " + abbreviate(value.toString()));
  }

  // The Hub's {"parameters": {"BF16": n, ...}, "total": n}; dumps may hold it as JSON text.
  private static String safetensors(JsonNode node) {
    JsonNode value = field(node, "safetensors");
    if (value == null) {
      return null;
    }
    JsonNode object = value;
    if (value.isTextual()) {
      String text = value.asText().strip();
      if (text.isEmpty()) {
        return null;
      }
      try {
        object = JSON.readTree(text);
      } catch (JsonProcessingException e) {
        object = null;
      }
    }
    if (object == null || !object.isObject()) {
      throw new BadFieldException("field `safetensors` must be a JSON object, got " + abbreviate(value.toString()));
    }
    JsonNode total = object.get("total");
    if (total != null && !total.isNull() && !total.isIntegralNumber()) {
      throw new BadFieldException("field `safetensors.total` is not a whole number: " + total);
    }
    return object.toString();
  }

  private static Instant instant(JsonNode node, String... names) {
    String text = text(node, names);
    if (text == null) {
      return null;
    }
    String value = text.strip();
    try {
      if (value.matches("\\d{9,}")) {
        long number = Long.parseLong(value);
        // Parquet dumps sometimes hold epoch seconds or milliseconds.
        return number > 100_000_000_000L ? Instant.ofEpochMilli(number) : Instant.ofEpochSecond(number);
      }
      if (value.length() == 10) {
        return LocalDate.parse(value).atStartOfDay().toInstant(ZoneOffset.UTC);
      }
      // DuckDB writes zoned times as "2022-03-02 23:29:04+00": an hour-only offset.
      String iso = value.replace(' ', 'T').replaceAll("(T[\\d:.]+[+-]\\d{2})$", "$1:00");
      if (iso.endsWith("Z") || iso.matches(".*[+-]\\d{2}:?\\d{2}$")) {
        return OffsetDateTime.parse(iso.replaceAll("([+-]\\d{2})(\\d{2})$", "$1:$2")).toInstant();
      }
      return LocalDateTime.parse(iso).toInstant(ZoneOffset.UTC);
    } catch (DateTimeParseException e) {
      throw new BadFieldException("field `" + nameOf(node, names) + "` is not an ISO-8601 time: " + value);
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 80 ? text.substring(0, 77) + "..." : text;
  }
}
