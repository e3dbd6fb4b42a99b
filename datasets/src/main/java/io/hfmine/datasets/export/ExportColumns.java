package io.hfmine.datasets.export;

import java.util.Locale;

/**
 * How a store column is written into a file of each format, so that every export reads back
 * the same way, in hfmine and elsewhere:
 *
 * <ul>
 *   <li>timestamps are UTC: Parquet marks them so ({@code TIMESTAMP WITH TIME ZONE}, pandas reads
 *       {@code datetime64[ns, UTC]}); CSV and JSON Lines write ISO 8601 text ending in {@code Z}
 *       ({@code 2024-05-01T12:30:00Z}, fractions of a second only when there are some);</li>
 *   <li>lists and structures are native in Parquet and JSON Lines; a CSV cell holds them as a JSON
 *       array or object ({@code ["fill-mask","license:mit"]}), the one convention of every hfmine
 *       CSV, which {@code json.loads} and hfmine's importers read back.</li>
 * </ul>
 */
final class ExportColumns {
  private ExportColumns() {
  }

  /** The SELECT expression that writes {@code column} (already quoted or an expression) for {@code format}. */
  static String expression(ExportFormat format, String column, String storeType) {
    String type = storeType.toUpperCase(Locale.ROOT);
    if (isTimestamp(type)) {
      String utc = type.contains("TIME ZONE") ? "timezone('UTC', " + column + ")" : column;
      if (format == ExportFormat.PARQUET) {
        return type.contains("TIME ZONE") ? column : "timezone('UTC', " + column + ")";
      }
      return "CASE WHEN microsecond(" + utc + ") % 1000000 = 0 THEN strftime(" + utc + ", '%Y-%m-%dT%H:%M:%SZ') "
          + "ELSE strftime(" + utc + ", '%Y-%m-%dT%H:%M:%S.%fZ') END";
    }
    if (format == ExportFormat.CSV && isNested(type)) {
      return "to_json(" + column + ")::VARCHAR";
    }
    return column;
  }

  /** The type the card shows for a column written as {@link #expression}. */
  static String exportedType(ExportFormat format, String storeType) {
    String type = storeType.toUpperCase(Locale.ROOT);
    if (isTimestamp(type)) {
      return format == ExportFormat.PARQUET ? "TIMESTAMP WITH TIME ZONE (UTC)" : "ISO 8601 UTC timestamp (text)";
    }
    if (format == ExportFormat.CSV && isNested(type)) {
      return storeType + " as a JSON " + (type.endsWith("]") ? "array" : "object");
    }
    return storeType;
  }

  private static boolean isTimestamp(String type) {
    return type.startsWith("TIMESTAMP");
  }

  private static boolean isNested(String type) {
    return type.endsWith("]") || type.startsWith("STRUCT") || type.startsWith("MAP") || type.startsWith("UNION");
  }
}
