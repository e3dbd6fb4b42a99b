package io.hfmine.datasets.hf;

import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code model_cards} and {@code card_metadata} tables. */
public final class ModelCards {
  private ModelCards() {
  }

  /** Stores a card and its metadata together, replacing older rows, inside the caller's transaction. */
  public static void save(Connection connection, ModelCard card, CardMetadata metadata, Instant fetchedAt)
      throws SQLException {
    replaceCard(connection, "model_cards", "card_metadata", "model_id", card, fetchedAt);
    if (metadata == null) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO card_metadata (model_id, status, error, license, tags, datasets, base_model, language,
                                   pipeline_tag, model_index, raw)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      insert.setString(1, card.modelId());
      insert.setString(2, metadata.status());
      insert.setString(3, metadata.error());
      insert.setString(4, metadata.license());
      insert.setArray(5, ModelCatalog.textArray(connection, metadata.tags()));
      insert.setArray(6, ModelCatalog.textArray(connection, metadata.datasets()));
      insert.setArray(7, ModelCatalog.textArray(connection, metadata.baseModel()));
      insert.setArray(8, ModelCatalog.textArray(connection, metadata.language()));
      insert.setString(9, metadata.pipelineTag());
      insert.setString(10, metadata.modelIndex());
      insert.setString(11, metadata.raw());
      insert.executeUpdate();
    }
  }

  /**
   * Removes an item's card and metadata rows and writes its card row: the part of storing a card
   * that models and datasets share ({@code cards} and {@code metadata} are this package's own table
   * names, keyed by {@code idColumn}).
   */
  static void replaceCard(Connection connection, String cards, String metadata, String idColumn, ModelCard card,
      Instant fetchedAt) throws SQLException {
    for (String table : List.of(cards, metadata)) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE " + idColumn + " = ?")) {
        delete.setString(1, card.modelId());
        delete.executeUpdate();
      }
    }
    try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + cards + " (" + idColumn
        + ", status, text, byte_length, sha256, error, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
      insert.setString(1, card.modelId());
      insert.setString(2, card.status());
      insert.setString(3, card.text());
      if (card.byteLength() == null) {
        insert.setNull(4, Types.BIGINT);
      } else {
        insert.setLong(4, card.byteLength());
      }
      insert.setString(5, card.sha256());
      insert.setString(6, card.error());
      insert.setObject(7, ModelCatalog.utc(fetchedAt));
      insert.executeUpdate();
    }
  }

  /**
   * Ids of models whose card is still to fetch: never fetched, or failed last time; with
   * {@code refresh}, every model. Most downloaded first, so an interrupted run has the important
   * cards.
   */
  public static List<String> pending(Store store, boolean selectedOnly, boolean refresh) {
    return store.read(connection -> {
      String sql = """
          SELECT m.id FROM models m
          LEFT JOIN model_cards c ON c.model_id = m.id
          WHERE (? OR c.model_id IS NULL OR c.status = 'failed')
            AND (NOT ? OR m.id IN (SELECT model_id FROM model_selection))
          ORDER BY m.downloads DESC NULLS LAST, m.id""";
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setBoolean(1, refresh);
        query.setBoolean(2, selectedOnly);
        List<String> ids = new ArrayList<>();
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            ids.add(rows.getString(1));
          }
        }
        return ids;
      }
    });
  }
}
