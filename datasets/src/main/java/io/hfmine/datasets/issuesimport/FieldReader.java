package io.hfmine.datasets.issuesimport;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;

/**
 * Typed access to the fields of one JSON object of a dump; every failure names the field by its
 * path within the record (e.g. {@code comments_data[2].created_at}) and the record's position.
 */
final class FieldReader {
  private final DumpPosition position;
  private final JsonNode node;
  private final String prefix;

  FieldReader(DumpPosition position, JsonNode node, String prefix) {
    this.position = position;
    this.node = node;
    this.prefix = prefix;
  }

  /** Whether the field is present and not null. */
  boolean has(String field) {
    JsonNode value = node.get(field);
    return value != null && !value.isNull();
  }

  JsonNode raw(String field) {
    return node.get(field);
  }

  String path(String field) {
    return prefix + field;
  }

  DumpFormatException error(String field, String problem) {
    return new DumpFormatException(position, "field `" + path(field) + "` " + problem);
  }

  String requiredText(String field) {
    String value = optionalText(field);
    if (value == null) {
      throw error(field, "is missing");
    }
    return value;
  }

  String optionalText(String field) {
    if (!has(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (!value.isTextual()) {
      throw error(field, "is not a string: " + abbreviate(value));
    }
    return value.asText();
  }

  long requiredLong(String field) {
    Long value = optionalLong(field);
    if (value == null) {
      throw error(field, "is missing");
    }
    return value;
  }

  Long optionalLong(String field) {
    if (!has(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (!value.isIntegralNumber() || !value.canConvertToLong()) {
      throw error(field, "is not an integer: " + abbreviate(value));
    }
    return value.asLong();
  }

  LocalDateTime requiredTimestamp(String field) {
    LocalDateTime value = optionalTimestamp(field);
    if (value == null) {
      throw error(field, "is missing");
    }
    return value;
  }

  /** An ISO-8601 timestamp with offset ({@code 2019-04-10T03:48:17Z}), stored in UTC. */
  LocalDateTime optionalTimestamp(String field) {
    String text = optionalText(field);
    if (text == null) {
      return null;
    }
    try {
      return OffsetDateTime.parse(text).withOffsetSameInstant(ZoneOffset.UTC).toLocalDateTime();
    } catch (DateTimeParseException e) {
      throw error(field, "is not an ISO-8601 timestamp: \"" + text + "\"");
    }
  }

  /** The {@code login} of a GitHub user object; dumps that flattened it to a string are accepted. */
  String optionalLogin(String field) {
    if (!has(field)) {
      return null;
    }
    JsonNode value = node.get(field);
    if (value.isTextual()) {
      return value.asText();
    }
    if (!value.isObject()) {
      throw error(field, "is not a user object: " + abbreviate(value));
    }
    return nested(field).optionalText("login");
  }

  FieldReader nested(String field) {
    return new FieldReader(position, node.get(field), path(field) + ".");
  }

  FieldReader element(String field, int index) {
    return new FieldReader(position, node.get(field).get(index), path(field) + "[" + index + "].");
  }

  static String abbreviate(JsonNode value) {
    String text = value.toString();
    return text.length() <= 40 ? text : text.substring(0, 37) + "...";
  }
}
