package io.hfmine.crawler.github;

import com.fasterxml.jackson.databind.JsonNode;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;

/** Binds GitHub JSON values to SQL parameters: UTC timestamps, nullable numbers, text lists. */
public final class Rows {
  private Rows() {
  }

  /** GitHub's ISO-8601 time as a UTC TIMESTAMP, so the store reads the same on any machine. */
  public static void timestamp(PreparedStatement statement, int index, JsonNode value) throws SQLException {
    if (value == null || value.isNull() || value.isMissingNode() || value.asText().isBlank()) {
      statement.setNull(index, Types.TIMESTAMP);
    } else {
      Instant at;
      try {
        at = Instant.parse(value.asText());
      } catch (java.time.format.DateTimeParseException e) {
        throw new SQLException("'" + value.asText() + "' is not an ISO-8601 time", e);
      }
      statement.setObject(index, LocalDateTime.ofInstant(at, ZoneOffset.UTC));
    }
  }

  public static void now(PreparedStatement statement, int index) throws SQLException {
    statement.setObject(index, LocalDateTime.now(ZoneOffset.UTC));
  }

  public static void text(PreparedStatement statement, int index, JsonNode value) throws SQLException {
    statement.setString(index, value == null || value.isNull() || value.isMissingNode() ? null : value.asText());
  }

  public static void number(PreparedStatement statement, int index, JsonNode value) throws SQLException {
    if (value == null || !value.isNumber()) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value.asLong());
    }
  }

  public static void bool(PreparedStatement statement, int index, JsonNode value) throws SQLException {
    if (value == null || !value.isBoolean()) {
      statement.setNull(index, Types.BOOLEAN);
    } else {
      statement.setBoolean(index, value.asBoolean());
    }
  }

  public static void textList(Connection connection, PreparedStatement statement, int index, List<String> values)
      throws SQLException {
    statement.setArray(index, connection.createArrayOf("VARCHAR", values.toArray()));
  }
}
