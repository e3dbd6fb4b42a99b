package io.hfmine.datasets.export;

import io.hfmine.datasets.files.OwnedOutput;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/**
 * Writes the store as a dataset: one file per table, a dataset card and a provenance manifest.
 *
 * <p>Files are written into a staging folder first and moved into place at the end, so an
 * interrupted export leaves the previous export (or nothing), never half of one.
 */
public final class DatasetExporter {
  /** The dataset card and the provenance manifest, moved in after the data files they describe. */
  public static final String CARD = "README.md";
  public static final String MANIFEST = "manifest.json";

  private final Store store;

  public DatasetExporter(Store store) {
    this.store = store;
  }

  /**
   * Exports every table that exists in the store and returns what was written. The export owns
   * its files in the directory ({@link OwnedOutput}): the previous export's files are replaced as
   * a set (a CSV export after a Parquet one leaves no Parquet file behind), files it did not write
   * are left alone, and a file of the user's in the way is an error before anything changes.
   */
  public List<ExportedFile> export(ExportSpec spec) {
    OwnedOutput output = OwnedOutput.begin(spec.outDir(), "hfmine export");
    try {
      Path staging = output.staging();
      List<ExportedFile> files = store.read(connection -> writeTables(connection, spec, staging));
      SchemaDocs docs = SchemaDocs.shipped();
      Files.writeString(staging.resolve(CARD), new DatasetCard(docs, FieldGlossary.shipped()).render(spec, files));
      Files.writeString(staging.resolve(MANIFEST), new ExportManifest(store).render(spec, files, staging));
      output.commit(List.of(CARD, MANIFEST));
      return files;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the export into " + spec.outDir() + ": " + e.getMessage(), e);
    } finally {
      output.abandon();
    }
  }

  private static List<ExportedFile> writeTables(Connection connection, ExportSpec spec, Path staging)
      throws SQLException {
    List<ExportedFile> files = new ArrayList<>();
    for (ExportTable table : ExportTable.ALL) {
      List<ExportedFile.Column> columns = columns(connection, table.table());
      if (columns.isEmpty()) {
        continue;
      }
      if (!spec.withContent()) {
        columns = columns.stream().filter(c -> !table.contentColumns().contains(c.name())).toList();
      }
      String fileName = table.name() + "." + spec.format().extension();
      Path target = staging.resolve(fileName).toAbsolutePath();
      String select = "SELECT " + String.join(", ", columns.stream().map(c -> "\"" + c.name() + "\"").toList())
          + " FROM \"" + table.table() + "\" ORDER BY ALL";
      try (Statement statement = connection.createStatement()) {
        statement.execute("COPY (" + select + ") TO '" + target.toString().replace("'", "''") + "' "
            + spec.format().copyOptions());
      } catch (SQLException e) {
        throw new StoreException("cannot export table " + table.table() + ": " + e.getMessage(), e);
      }
      files.add(new ExportedFile(table, fileName, count(connection, table.table()), columns));
    }
    return files;
  }

  private static List<ExportedFile.Column> columns(Connection connection, String table) throws SQLException {
    List<ExportedFile.Column> columns = new ArrayList<>();
    try (PreparedStatement query = connection.prepareStatement("""
        SELECT column_name, data_type FROM information_schema.columns
        WHERE table_schema = 'main' AND table_name = ? ORDER BY ordinal_position""")) {
      query.setString(1, table);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          columns.add(new ExportedFile.Column(rows.getString(1), rows.getString(2)));
        }
      }
    }
    return columns;
  }

  private static long count(Connection connection, String table) throws SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM \"" + table + "\"")) {
      rows.next();
      return rows.getLong(1);
    }
  }

}
