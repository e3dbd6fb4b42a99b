package io.hfmine.datasets.tableimport;

import io.hfmine.datasets.export.ExportFormat;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Loads files of an hfmine export (or anything written in its conventions) back into the store
 * tables they are named after: Parquet as DuckDB reads it, CSV through the project's CSV reader
 * and JSON Lines through Jackson, both cast by the store to each column's type (JSON arrays in
 * CSV cells become lists; ISO 8601 timestamps must carry their zone and are kept in UTC).
 *
 * <p>Every file is checked before anything is written (unknown columns, missing required ones,
 * values that are not of their column's type, each named with the file, line and column), and
 * all files go in one transaction: an import stores everything or nothing.
 */
public final class TableImport {
  private static final String STAGE = "hfmine_import_stage";
  private static final String LINE = "hfmine_line";
  private static final int BATCH = 5_000;

  /** What to do with rows the table already holds. */
  public enum Existing {
    /** A table with rows is an error: a dataset is imported into a fresh store. */
    REFUSE,
    /** Rows already there are kept; a file's row whose key is already stored is skipped. */
    KEEP
  }

  /** One file imported: its rows and how many of them were new to the store. */
  public record Result(TableFile file, long rows, long added) {
  }

  private final Store store;

  public TableImport(Store store) {
    this.store = store;
  }

  /**
   * Imports {@code files} in one transaction. {@code fillIns} gives an SQL expression per column
   * for files that lack that column (a scan's usages have no extraction time, for one).
   */
  public List<Result> run(List<TableFile> files, Existing existing, Map<String, String> fillIns) {
    return store.transaction(connection -> {
      List<Result> results = new ArrayList<>();
      for (TableFile file : files) {
        results.add(load(connection, file, existing, fillIns));
      }
      return results;
    });
  }

  private static Result load(Connection connection, TableFile file, Existing existing, Map<String, String> fillIns)
      throws Exception {
    Map<String, StoreColumn> target = StoreColumn.of(connection, file.table());
    if (target.isEmpty()) {
      throw new BadTableFileException(file.path() + ": the store has no table " + file.table());
    }
    long before = count(connection, file.table());
    if (existing == Existing.REFUSE && before > 0) {
      throw new BadTableFileException(file.path() + ": table " + file.table() + " already holds " + before
          + " rows; import a dataset into a fresh --work-dir");
    }
    try {
      Staged staged = file.format() == ExportFormat.PARQUET
          ? stageParquet(connection, file, target)
          : stageText(connection, file, target);
      long rows = count(connection, STAGE);
      if (rows == 0) {
        return new Result(file, 0, 0);
      }
      List<String> columns = new ArrayList<>();
      List<String> expressions = new ArrayList<>();
      for (StoreColumn column : target.values()) {
        if (staged.columns().contains(column.name())) {
          columns.add(quote(column.name()));
          expressions.add(staged.expressions().get(column.name()));
          requireValues(connection, file, staged, column);
        } else if (fillIns.containsKey(column.name())) {
          columns.add(quote(column.name()));
          expressions.add(fillIns.get(column.name()));
        } else if (column.required()) {
          throw new BadTableFileException(file.path() + ": no column '" + column.name() + "', which table "
              + file.table() + " requires");
        }
      }
      String insert = "INSERT " + (existing == Existing.KEEP ? "OR IGNORE " : "") + "INTO " + quote(file.table())
          + " (" + String.join(", ", columns) + ") SELECT " + String.join(", ", expressions)
          + " FROM " + STAGE + " ORDER BY " + LINE;
      try (Statement statement = connection.createStatement()) {
        statement.execute(insert);
      } catch (SQLException e) {
        throw new BadTableFileException(file.path() + ": cannot store its rows in " + file.table() + ": "
            + firstLine(e.getMessage()));
      }
      return new Result(file, rows, count(connection, file.table()) - before);
    } finally {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS " + STAGE);
      }
    }
  }

  /** The staging table's columns (as the file names them) and the expression that types each. */
  private record Staged(Set<String> columns, Map<String, String> expressions, String unit) {
  }

  private static Staged stageParquet(Connection connection, TableFile file, Map<String, StoreColumn> target)
      throws SQLException {
    String source = "read_parquet('" + file.path().toAbsolutePath().toString().replace("'", "''") + "')";
    try (Statement statement = connection.createStatement()) {
      statement.execute("CREATE TEMP TABLE " + STAGE + " AS SELECT row_number() OVER () AS " + LINE + ", * FROM "
          + source);
    } catch (SQLException e) {
      throw new BadTableFileException(file.path() + ": cannot read it as Parquet: " + firstLine(e.getMessage()));
    }
    Map<String, String> types = new LinkedHashMap<>();
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("DESCRIBE " + STAGE)) {
      while (rows.next()) {
        if (!rows.getString(1).equals(LINE)) {
          types.put(rows.getString(1), rows.getString(2).toUpperCase(Locale.ROOT));
        }
      }
    }
    Map<String, String> expressions = new LinkedHashMap<>();
    for (Map.Entry<String, String> column : types.entrySet()) {
      StoreColumn store = known(target, column.getKey(), file.path() + ": column");
      String reference = quote(column.getKey());
      boolean zoned = column.getValue().startsWith("TIMESTAMP WITH TIME ZONE");
      expressions.put(store.name(), zoned && store.isPlainTimestamp()
          ? "timezone('UTC', " + reference + ")" : "CAST(" + reference + " AS " + store.type() + ")");
    }
    return new Staged(expressions.keySet(), expressions, "record");
  }

  private static Staged stageText(Connection connection, TableFile file, Map<String, StoreColumn> target)
      throws Exception {
    List<StoreColumn> all = List.copyOf(target.values());
    StringBuilder create = new StringBuilder("CREATE TEMP TABLE " + STAGE + " (" + LINE + " BIGINT");
    for (StoreColumn column : all) {
      create.append(", ").append(quote(column.name())).append(" VARCHAR");
    }
    try (Statement statement = connection.createStatement()) {
      statement.execute(create.append(")").toString());
    }
    Set<String> seen = new LinkedHashSet<>();
    StringBuilder insert = new StringBuilder("INSERT INTO " + STAGE + " VALUES (?");
    all.forEach(c -> insert.append(", ?"));
    try (PreparedStatement statement = connection.prepareStatement(insert.append(")").toString())) {
      int[] pending = {0};
      TextRows.read(file, (column, where) -> seen.add(known(target, column, where + ": column").name()),
          (line, cells) -> {
            statement.setLong(1, line);
            Map<String, String> byName = new LinkedHashMap<>();
            cells.forEach((column, value) -> byName.put(target.get(column.toLowerCase(Locale.ROOT)).name(), value));
            for (int i = 0; i < all.size(); i++) {
              statement.setString(i + 2, byName.get(all.get(i).name()));
            }
            statement.addBatch();
            if (++pending[0] == BATCH) {
              statement.executeBatch();
              pending[0] = 0;
            }
          });
      if (pending[0] > 0) {
        statement.executeBatch();
      }
    }
    Map<String, String> expressions = new LinkedHashMap<>();
    for (String name : seen) {
      StoreColumn column = target.get(name.toLowerCase(Locale.ROOT));
      expressions.put(name, column.fromText(quote(name)));
      firstBadValue(connection, file, column);
    }
    return new Staged(seen, expressions, "line");
  }

  private static StoreColumn known(Map<String, StoreColumn> target, String column, String where) {
    StoreColumn known = target.get(column.toLowerCase(Locale.ROOT));
    if (known == null) {
      throw new BadTableFileException(where + " '" + column + "' is not a column of the store's table (its columns: "
          + String.join(", ", target.values().stream().map(StoreColumn::name).toList()) + ")");
    }
    return known;
  }

  // The first value the store cannot read as the column's type, named by line and column.
  private static void firstBadValue(Connection connection, TableFile file, StoreColumn column) throws SQLException {
    String reference = quote(column.name());
    String query = "SELECT " + LINE + ", " + reference + " FROM " + STAGE + " WHERE " + reference + " IS NOT NULL AND ("
        + column.tryFromText(reference) + ") IS NULL ORDER BY " + LINE + " LIMIT 1";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      if (rows.next()) {
        throw new BadTableFileException(file.path() + " line " + rows.getLong(1) + ", column '" + column.name() + "': '"
            + abbreviate(rows.getString(2)) + "' is not " + column.expected());
      }
    }
  }

  private static void requireValues(Connection connection, TableFile file, Staged staged, StoreColumn column)
      throws SQLException {
    if (!column.required() && !column.notNull()) {
      return;
    }
    String query = "SELECT " + LINE + " FROM " + STAGE + " WHERE " + quote(column.name()) + " IS NULL ORDER BY "
        + LINE + " LIMIT 1";
    try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(query)) {
      if (rows.next()) {
        throw new BadTableFileException(file.path() + " " + staged.unit() + " " + rows.getLong(1) + ", column '"
            + column.name() + "': no value, but " + file.table() + "." + column.name() + " requires one");
      }
    }
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + quote(table))) {
      rows.next();
      return rows.getLong(1);
    }
  }

  static String quote(String name) {
    return "\"" + name.replace("\"", "\"\"") + "\"";
  }

  private static String abbreviate(String value) {
    return value.length() <= 60 ? value : value.substring(0, 57) + "...";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
