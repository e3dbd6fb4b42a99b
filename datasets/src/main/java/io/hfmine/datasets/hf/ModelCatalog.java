package io.hfmine.datasets.hf;

import io.hfmine.datasets.store.Store;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;

/** The {@code models} table: upserts by id (a model seen twice is stored once) and listings. */
public final class ModelCatalog {
  private static final String UPSERT = """
      INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, library_name, created_at,
                          last_modified, gated, private, sha, card_data, source, fetched_at)
      VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
      ON CONFLICT (id) DO UPDATE SET
        author = excluded.author, downloads = excluded.downloads, likes = excluded.likes,
        tags = excluded.tags, pipeline_tag = excluded.pipeline_tag, library_name = excluded.library_name,
        created_at = excluded.created_at, last_modified = excluded.last_modified, gated = excluded.gated,
        private = excluded.private, sha = excluded.sha, card_data = excluded.card_data,
        source = excluded.source, fetched_at = excluded.fetched_at""";

  private ModelCatalog() {
  }

  /** Inserts or replaces each record, inside the caller's transaction; returns how many. */
  public static int upsert(Connection connection, List<ModelRecord> records, String source, Instant fetchedAt)
      throws SQLException {
    if (records.isEmpty()) {
      return 0;
    }
    try (PreparedStatement insert = connection.prepareStatement(UPSERT)) {
      for (ModelRecord model : records) {
        insert.setString(1, model.id());
        insert.setString(2, model.author());
        setLong(insert, 3, model.downloads());
        setLong(insert, 4, model.likes());
        insert.setArray(5, textArray(connection, model.tags()));
        insert.setString(6, model.pipelineTag());
        insert.setString(7, model.libraryName());
        insert.setObject(8, utc(model.createdAt()));
        insert.setObject(9, utc(model.lastModified()));
        insert.setString(10, model.gated());
        if (model.isPrivate() == null) {
          insert.setNull(11, Types.BOOLEAN);
        } else {
          insert.setBoolean(11, model.isPrivate());
        }
        insert.setString(12, model.sha());
        insert.setString(13, model.cardData());
        insert.setString(14, source);
        insert.setObject(15, utc(fetchedAt));
        insert.addBatch();
      }
      insert.executeBatch();
    }
    return records.size();
  }

  /** Every model (or only the selected ones), most downloaded first, handed to {@code sink}. */
  public static void forEach(Store store, boolean selectedOnly, Consumer<CatalogEntry> sink) {
    store.read(connection -> {
      String sql = """
          SELECT m.*, c.status AS card_status, s.model_id IS NOT NULL AS selected
          FROM models m
          LEFT JOIN model_cards c ON c.model_id = m.id
          LEFT JOIN model_selection s ON s.model_id = m.id
          %s
          ORDER BY m.downloads DESC NULLS LAST, m.id""".formatted(selectedOnly ? "WHERE s.model_id IS NOT NULL" : "");
      try (PreparedStatement query = connection.prepareStatement(sql);
           ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          sink.accept(new CatalogEntry(read(rows), rows.getString("card_status"), rows.getBoolean("selected")));
        }
      }
      return null;
    });
  }

  /** A model with its card status and whether the current selection holds it. */
  public record CatalogEntry(ModelRecord model, String cardStatus, boolean selected) {
  }

  static ModelRecord read(ResultSet rows) throws SQLException {
    return new ModelRecord(
        rows.getString("id"),
        rows.getString("author"),
        nullableLong(rows, "downloads"),
        nullableLong(rows, "likes"),
        textList(rows.getArray("tags")),
        rows.getString("pipeline_tag"),
        rows.getString("library_name"),
        instant(rows, "created_at"),
        instant(rows, "last_modified"),
        rows.getString("gated"),
        (Boolean) rows.getObject("private"),
        rows.getString("sha"),
        rows.getString("card_data"));
  }

  /** A VARCHAR[] parameter. */
  public static Array textArray(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("VARCHAR", values == null ? new Object[0] : values.toArray());
  }

  /** A VARCHAR[] column as a list (empty for null). */
  public static List<String> textList(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> list = new ArrayList<>(values.length);
    Arrays.stream(values).forEach(value -> list.add(value == null ? null : value.toString()));
    return list;
  }

  /** An instant as the UTC wall time stored in a TIMESTAMP column. */
  public static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /** A TIMESTAMP column read back as the UTC instant it was written from. */
  public static Instant instant(ResultSet rows, String column) throws SQLException {
    LocalDateTime value = rows.getObject(column, LocalDateTime.class);
    return value == null ? null : value.toInstant(ZoneOffset.UTC);
  }

  private static Long nullableLong(ResultSet rows, String column) throws SQLException {
    long value = rows.getLong(column);
    return rows.wasNull() ? null : value;
  }

  private static void setLong(PreparedStatement statement, int index, Long value) throws SQLException {
    if (value == null) {
      statement.setNull(index, Types.BIGINT);
    } else {
      statement.setLong(index, value);
    }
  }
}
