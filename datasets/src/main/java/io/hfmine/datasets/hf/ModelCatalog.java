package io.hfmine.datasets.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.datasets.store.Store;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

/** The {@code models} table: upserts by id (a model seen twice is stored once) and listings. */
public final class ModelCatalog {
  // A chunk of records travels as one JSON parameter and is inserted set-wise: DuckDB executes
  // batched statements row by row, which made the store the bottleneck of a listing (about
  // 1,600 models/s); this way it stores tens of thousands per second. PostgreSQL would read the
  // same parameter with json_to_recordset.
  private static final String UPSERT = """
      INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, library_name, created_at,
                          last_modified, gated, private, sha, card_data, safetensors, source, fetched_at)
      SELECT r.id, r.author, r.downloads, r.likes, coalesce(r.tags, []), r.pipeline_tag, r.library_name,
             CAST(r.created_at AS TIMESTAMP), CAST(r.last_modified AS TIMESTAMP), r.gated, r.private, r.sha,
             r.card_data, r.safetensors, ?, CAST(? AS TIMESTAMP)
      FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"id": "VARCHAR", "author": "VARCHAR",
              "downloads": "BIGINT", "likes": "BIGINT", "tags": ["VARCHAR"], "pipeline_tag": "VARCHAR",
              "library_name": "VARCHAR", "created_at": "VARCHAR", "last_modified": "VARCHAR",
              "gated": "VARCHAR", "private": "BOOLEAN", "sha": "VARCHAR", "card_data": "VARCHAR",
              "safetensors": "VARCHAR"}]')) AS r)
      ON CONFLICT (id) DO UPDATE SET
        author = excluded.author, downloads = excluded.downloads, likes = excluded.likes,
        tags = excluded.tags, pipeline_tag = excluded.pipeline_tag, library_name = excluded.library_name,
        created_at = excluded.created_at, last_modified = excluded.last_modified, gated = excluded.gated,
        private = excluded.private, sha = excluded.sha, card_data = excluded.card_data,
        safetensors = excluded.safetensors, source = excluded.source, fetched_at = excluded.fetched_at""";
  // The day's counters beside the latest ones: a listing later the same UTC day replaces the day's row.
  private static final String SNAPSHOT = """
      INSERT INTO model_snapshots (model_id, snapshot_date, downloads, likes, source, fetched_at)
      SELECT r.id, CAST(CAST(? AS TIMESTAMP) AS DATE), r.downloads, r.likes, ?, CAST(? AS TIMESTAMP)
      FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"id": "VARCHAR", "downloads": "BIGINT", "likes": "BIGINT"}]')) AS r)
      ON CONFLICT (model_id, snapshot_date) DO UPDATE SET
        downloads = excluded.downloads, likes = excluded.likes, source = excluded.source,
        fetched_at = excluded.fetched_at""";
  private static final int CHUNK = 1_000;
  private static final ObjectMapper JSON = new ObjectMapper();

  private ModelCatalog() {
  }

  /**
   * Inserts or replaces each record, inside the caller's transaction; returns how many distinct
   * models were written. A model listed twice in {@code records} keeps its last version.
   */
  public static int upsert(Connection connection, List<ModelRecord> records, String source, Instant fetchedAt)
      throws SQLException {
    Map<String, ModelRecord> byId = new LinkedHashMap<>();
    for (ModelRecord model : records) {
      byId.remove(model.id());
      byId.put(model.id(), model);
    }
    List<ModelRecord> distinct = new ArrayList<>(byId.values());
    for (int start = 0; start < distinct.size(); start += CHUNK) {
      String rows = rowsJson(distinct.subList(start, Math.min(distinct.size(), start + CHUNK)));
      try (PreparedStatement insert = connection.prepareStatement(UPSERT)) {
        insert.setString(1, source);
        insert.setString(2, text(utc(fetchedAt)));
        insert.setString(3, rows);
        insert.executeUpdate();
      }
      try (PreparedStatement snapshot = connection.prepareStatement(SNAPSHOT)) {
        snapshot.setString(1, text(utc(fetchedAt)));
        snapshot.setString(2, source);
        snapshot.setString(3, text(utc(fetchedAt)));
        snapshot.setString(4, rows);
        snapshot.executeUpdate();
      }
    }
    return distinct.size();
  }

  /**
   * Records as the JSON array the set-wise upserts read (one object per record, snake_case keys,
   * times as UTC text); shared by the model and dataset catalogs.
   */
  public static String rowsJson(List<ModelRecord> records) {
    ArrayNode rows = JSON.createArrayNode();
    for (ModelRecord model : records) {
      ObjectNode row = rows.addObject();
      row.put("id", model.id());
      row.put("author", model.author());
      row.put("downloads", model.downloads());
      row.put("likes", model.likes());
      model.tags().forEach(row.putArray("tags")::add);
      row.put("pipeline_tag", model.pipelineTag());
      row.put("library_name", model.libraryName());
      row.put("created_at", text(utc(model.createdAt())));
      row.put("last_modified", text(utc(model.lastModified())));
      row.put("gated", model.gated());
      row.put("private", model.isPrivate());
      row.put("sha", model.sha());
      row.put("card_data", model.cardData());
      row.put("safetensors", model.safetensors());
    }
    try {
      return JSON.writeValueAsString(rows);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }

  /** Formats an instant as the store's TIMESTAMP text. */
  public static String timestampText(Instant instant) {
    return text(utc(instant));
  }

  private static String text(LocalDateTime time) {
    return time == null ? null : time.toString().replace('T', ' ');
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

  /** The model of the current row of a query over {@code models} (its columns by name). */
  public static ModelRecord read(ResultSet rows) throws SQLException {
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
        rows.getString("card_data"),
        rows.getString("safetensors"));
  }

  /** A VARCHAR[] parameter. */
  public static Array textArray(Connection connection, List<String> values) throws SQLException {
    return connection.createArrayOf("VARCHAR", values == null ? new Object[0] : values.toArray());
  }

  /** A VARCHAR[] column as a list: empty for null, null elements left out. Every store reader uses this one. */
  public static List<String> textList(Array array) throws SQLException {
    if (array == null) {
      return List.of();
    }
    Object[] values = (Object[]) array.getArray();
    List<String> list = new ArrayList<>(values.length);
    Arrays.stream(values).filter(value -> value != null).forEach(value -> list.add(value.toString()));
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
}
