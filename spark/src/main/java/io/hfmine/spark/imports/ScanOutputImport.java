package io.hfmine.spark.imports;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.spark.output.FileColumns;
import io.hfmine.spark.output.JobSummary;
import io.hfmine.spark.output.OutputLayout;
import io.hfmine.spark.output.UsageColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.stream.Stream;

/**
 * {@code hfmine usage import DIR}: loads a corpus scan's output (see {@link OutputLayout}) into
 * the store's {@code usages} and {@code usage_files} tables, where patterns, the report, serve
 * and export find them as if {@code usage extract} had written them.
 *
 * <p>One transaction per Parquet file, each recorded in {@code usage_imports}: a killed import
 * resumes with the next file, and a second import of the same output adds nothing. A usage id
 * or blob already in the store is kept (the same content extracted twice gives the same ids);
 * within a file, the first by repository and path wins, as {@code usage extract} names a blob
 * after its first hit. DuckDB reads the Parquet itself: no Spark is needed here.
 */
public final class ScanOutputImport {
  private static final Set<String> IDENTIFYING =
      Set.of("usage_id", "repository", "path", "blob_sha", "library", "api", "kind", "resolution");
  private final Store store;

  public ScanOutputImport(Store store) {
    this.store = store;
  }

  public ImportSummary run(Path dir, Progress progress) {
    JobSummary summary = readSummary(dir);
    Timestamp extractedAt = Timestamp.from(instant(dir, summary.startedAt()));
    List<Path> fileTables = parquetFiles(dir.resolve(OutputLayout.FILES));
    List<Path> usageTables = parquetFiles(dir.resolve(OutputLayout.USAGES));
    progress.total(fileTables.size() + usageTables.size());
    int[] done = {0, 0};
    long[] usages = {0, 0};
    long[] files = {0, 0};
    loadAll(fileTables, summary.startedAt(), "usage_files", (file, present) -> fileRowsSql(file, extractedAt),
        files, done, progress);
    loadAll(usageTables, summary.startedAt(), "usages", (file, present) -> usageRowsSql(file, present, extractedAt),
        usages, done, progress);
    return new ImportSummary(done[0], done[1], usages[0], usages[1], files[0], files[1]);
  }

  /** Loads each file; counts in {@code done} [imported now, imported before]. */
  private void loadAll(List<Path> files, String scanStartedAt, String table, BiFunction<Path, Set<String>, String> insertSql,
      long[] counts, int[] done, Progress progress) {
    for (Path file : files) {
      done[load(file, scanStartedAt, table, insertSql, counts) ? 0 : 1]++;
      progress.step();
    }
  }

  /** Loads one file in one transaction unless it was loaded before; adds [added, read] to {@code counts}. */
  private boolean load(Path file, String scanStartedAt, String table, BiFunction<Path, Set<String>, String> insertSql,
      long[] counts) {
    String key = file.toAbsolutePath().normalize().toString();
    try {
      return store.transaction(connection -> {
        try (PreparedStatement seen = connection.prepareStatement(
            "SELECT 1 FROM usage_imports WHERE file = ? AND scan_started_at = ?")) {
          seen.setString(1, key);
          seen.setString(2, scanStartedAt);
          try (ResultSet rows = seen.executeQuery()) {
            if (rows.next()) {
              return false;
            }
          }
        }
        long read;
        long added;
        try (Statement statement = connection.createStatement()) {
          try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM read_parquet(" + literal(key) + ")")) {
            rows.next();
            read = rows.getLong(1);
          }
          added = statement.executeUpdate(insertSql.apply(file, columnsOf(statement, key)));
        }
        try (PreparedStatement record = connection.prepareStatement(
            "INSERT INTO usage_imports (file, scan_started_at, table_name, rows_read, rows_added, imported_at)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
          record.setString(1, key);
          record.setString(2, scanStartedAt);
          record.setString(3, table);
          record.setLong(4, read);
          record.setLong(5, added);
          record.setTimestamp(6, Timestamp.from(Instant.now()));
          record.executeUpdate();
        }
        counts[0] += added;
        counts[1] += read;
        return true;
      });
    } catch (ImportException e) {
      throw e;
    } catch (RuntimeException e) {
      Throwable cause = e.getCause() instanceof SQLException ? e.getCause() : e;
      throw new ImportException(file + ": cannot import into " + table + ": " + firstLine(cause.getMessage()), e);
    }
  }

  /** The columns of a Parquet file, with the partition column its directory names. */
  private static Set<String> columnsOf(Statement statement, String file) throws SQLException {
    Set<String> names = new HashSet<>();
    try (ResultSet rows = statement.executeQuery(
        "DESCRIBE SELECT * FROM read_parquet(" + literal(file) + ", hive_partitioning = true)")) {
      while (rows.next()) {
        names.add(rows.getString(1));
      }
    }
    return names;
  }

  /**
   * Output of a job built before a record field existed lacks that column: it is imported as
   * null, as {@code usage extract} leaves it on rows extracted before the field existed. The
   * identifying columns cannot be missing.
   */
  private static String usageRowsSql(Path file, Set<String> present, Timestamp extractedAt) {
    List<String> selected = new ArrayList<>();
    for (String column : UsageColumns.names()) {
      if (present.contains(column)) {
        selected.add(column);
      } else if (IDENTIFYING.contains(column)) {
        throw new ImportException(file + ": no column '" + column + "'; is this a corpus scan's output?");
      } else {
        selected.add("NULL AS " + column);
      }
    }
    String columns = String.join(", ", UsageColumns.names());
    return "INSERT INTO usages (" + columns + ", extracted_at) SELECT " + String.join(", ", selected) + ", "
        + literal(extractedAt.toString()) + "::TIMESTAMP FROM read_parquet(" + literal(file.toAbsolutePath().toString())
        + ", hive_partitioning = true)"
        + " QUALIFY row_number() OVER (PARTITION BY usage_id ORDER BY repository NULLS FIRST, path) = 1"
        + " ON CONFLICT DO NOTHING";
  }

  private static String fileRowsSql(Path file, Timestamp extractedAt) {
    return "INSERT INTO usage_files (blob_sha, status, syntax_errors, usages, detail, extracted_at)"
        + " SELECT " + FileColumns.BLOB_SHA + ", " + FileColumns.STATUS + ", " + FileColumns.SYNTAX_ERRORS + ", "
        + FileColumns.USAGES + ", " + FileColumns.DETAIL + ", " + literal(extractedAt.toString()) + "::TIMESTAMP"
        + " FROM read_parquet(" + literal(file.toAbsolutePath().toString()) + ")"
        + " WHERE " + FileColumns.BLOB_SHA + " IS NOT NULL"
        + " QUALIFY row_number() OVER (PARTITION BY blob_sha ORDER BY repository NULLS FIRST, path) = 1"
        + " ON CONFLICT DO NOTHING";
  }

  private static JobSummary readSummary(Path dir) {
    if (!Files.isDirectory(dir)) {
      throw new ImportException(dir + ": no such directory");
    }
    Path file = dir.resolve(OutputLayout.SUMMARY);
    if (!Files.isRegularFile(file)) {
      throw new ImportException(file + ": missing; the scan did not finish, or " + dir
          + " is not the output directory of a corpus scan");
    }
    try {
      return JobSummary.fromJson(Files.readAllBytes(file));
    } catch (IOException e) {
      throw new ImportException(file + ": not a corpus scan summary: " + firstLine(e.getMessage()), e);
    }
  }

  private static Instant instant(Path dir, String text) {
    try {
      return Instant.parse(text);
    } catch (RuntimeException e) {
      throw new ImportException(dir.resolve(OutputLayout.SUMMARY) + ": started_at '" + text + "' is not an instant", e);
    }
  }

  /** The table's Parquet files, sorted; Spark's bookkeeping (_SUCCESS, .crc, _temporary) left out. */
  private static List<Path> parquetFiles(Path table) {
    if (!Files.isDirectory(table)) {
      throw new ImportException(table + ": missing from the scan's output");
    }
    List<Path> files = new ArrayList<>();
    try (Stream<Path> walk = Files.walk(table)) {
      walk.filter(Files::isRegularFile)
          .filter(p -> p.getFileName().toString().endsWith(".parquet"))
          .filter(p -> !hasHiddenPart(table.relativize(p)))
          .sorted()
          .forEach(files::add);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + table + ": " + e.getMessage(), e);
    }
    return files;
  }

  private static boolean hasHiddenPart(Path relative) {
    for (Path part : relative) {
      String name = part.toString();
      if (name.startsWith("_") || name.startsWith(".")) {
        return true;
      }
    }
    return false;
  }

  private static String literal(String text) {
    return "'" + text.replace("'", "''") + "'";
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "unknown error";
    }
    int newline = message.indexOf('\n');
    return newline < 0 ? message : message.substring(0, newline);
  }
}
