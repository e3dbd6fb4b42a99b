package io.hfmine.datasets.export;

import io.hfmine.datasets.store.schema.MigrationScript;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Field documentation read from the migrations' own comments, so the dataset card and the
 * schema can never drift apart: the comment line above a {@code CREATE TABLE} describes the
 * table, a trailing {@code -- comment} on a column line describes the column, and
 * {@code ALTER TABLE t ADD COLUMN c TYPE; -- comment} documents later additions.
 */
public final class SchemaDocs {
  private static final Pattern CREATE = Pattern.compile("(?i)^CREATE TABLE (?:IF NOT EXISTS )?(\\w+)");
  private static final Pattern COLUMN = Pattern.compile("^\\s*(\\w+)\\s+[A-Za-z]+.*?--\\s*(.+)$");
  private static final Pattern ADD_COLUMN =
      Pattern.compile("(?i)^ALTER TABLE (\\w+) ADD COLUMN (?:IF NOT EXISTS )?(\\w+)\\b.*?--\\s*(.+)$");

  private final Map<String, String> tables = new LinkedHashMap<>();
  private final Map<String, Map<String, String>> columns = new LinkedHashMap<>();

  private SchemaDocs() {
  }

  /** The documentation of every shipped migration. */
  public static SchemaDocs shipped() {
    SchemaDocs docs = new SchemaDocs();
    for (MigrationScript migration : MigrationScript.shipped()) {
      docs.read(migration.sql());
    }
    return docs;
  }

  /** The description of a table, if its migration has one. */
  public Optional<String> table(String table) {
    return Optional.ofNullable(tables.get(table.toLowerCase(Locale.ROOT)));
  }

  /** The description of a column, if its migration has one. */
  public Optional<String> column(String table, String column) {
    return Optional.ofNullable(columns.getOrDefault(table.toLowerCase(Locale.ROOT), Map.of())
        .get(column.toLowerCase(Locale.ROOT)));
  }

  void read(String sql) {
    String currentTable = null;
    StringBuilder tableComment = new StringBuilder();
    for (String line : sql.split("\n")) {
      String trimmed = line.strip();
      Matcher added = ADD_COLUMN.matcher(trimmed);
      if (added.find()) {
        put(added.group(1), added.group(2), added.group(3));
        continue;
      }
      Matcher create = CREATE.matcher(trimmed);
      if (create.find()) {
        currentTable = create.group(1).toLowerCase(Locale.ROOT);
        if (!tableComment.isEmpty()) {
          tables.put(currentTable, tableComment.toString().strip());
        }
        tableComment.setLength(0);
        continue;
      }
      if (currentTable == null) {
        if (trimmed.startsWith("--")) {
          tableComment.append(trimmed.substring(2).strip()).append(' ');
        } else if (trimmed.isEmpty()) {
          tableComment.setLength(0);
        }
        continue;
      }
      if (trimmed.startsWith(");")) {
        currentTable = null;
        continue;
      }
      Matcher column = COLUMN.matcher(line);
      if (column.find() && !column.group(1).equalsIgnoreCase("PRIMARY")) {
        put(currentTable, column.group(1), column.group(2));
      }
    }
  }

  private void put(String table, String column, String comment) {
    columns.computeIfAbsent(table.toLowerCase(Locale.ROOT), t -> new LinkedHashMap<>())
        .put(column.toLowerCase(Locale.ROOT), comment.strip());
  }
}
