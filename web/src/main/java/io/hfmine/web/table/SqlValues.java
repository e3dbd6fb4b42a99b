package io.hfmine.web.table;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.util.Arrays;
import java.util.List;

/** Reads a result column as a plain Java value: lists for SQL arrays, LocalDateTime for timestamps. */
public final class SqlValues {
  private SqlValues() {
  }

  public static Object read(ResultSet rows, int column) throws SQLException {
    Object value = rows.getObject(column);
    return switch (value) {
      case null -> null;
      case Array array -> list(array);
      case Timestamp time -> time.toLocalDateTime();
      case java.math.BigInteger big -> big.longValue();
      case java.math.BigDecimal decimal -> decimal.doubleValue();
      case Short small -> small.intValue();
      default -> value;
    };
  }

  /** An SQL array as strings; null stays null. */
  public static List<String> list(Array array) throws SQLException {
    if (array == null) {
      return null;
    }
    return Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
  }
}
