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
    try (Writer writer = new Writer(connection)) {
      writer.save(card, metadata, fetchedAt);
    }
  }

  /**
   * Removes an item's card and metadata rows and writes its card row: the part of storing a card
   * that models and datasets share ({@code cards} and {@code metadata} are this package's own table
   * names, keyed by {@code idColumn}).
   */
  static void replaceCard(Connection connection, String cards, String metadata, String idColumn, ModelCard card,
      Instant fetchedAt) throws SQLException {
    try (CardRows rows = new CardRows(connection, cards, metadata, idColumn)) {
      rows.replace(card, fetchedAt);
    }
  }

  /**
   * Stores many model cards in the caller's transaction through statements prepared once (a dump
   * import stores millions; preparing four statements per card would be most of its time).
   */
  public static final class Writer implements AutoCloseable {
    private final Connection connection;
    private final CardRows rows;
    private PreparedStatement insertMetadata;

    public Writer(Connection connection) {
      this.connection = connection;
      this.rows = new CardRows(connection, "model_cards", "card_metadata", "model_id");
    }

    /** Replaces the model's card and metadata rows; {@code metadata} may be null (no card text). */
    public void save(ModelCard card, CardMetadata metadata, Instant fetchedAt) throws SQLException {
      rows.replace(card, fetchedAt);
      if (metadata == null) {
        return;
      }
      if (insertMetadata == null) {
        insertMetadata = connection.prepareStatement("""
            INSERT INTO card_metadata (model_id, status, error, license, tags, datasets, base_model, language,
                                       pipeline_tag, model_index, raw)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
      }
      insertMetadata.setString(1, card.modelId());
      insertMetadata.setString(2, metadata.status());
      insertMetadata.setString(3, metadata.error());
      insertMetadata.setString(4, metadata.license());
      insertMetadata.setArray(5, ModelCatalog.textArray(connection, metadata.tags()));
      insertMetadata.setArray(6, ModelCatalog.textArray(connection, metadata.datasets()));
      insertMetadata.setArray(7, ModelCatalog.textArray(connection, metadata.baseModel()));
      insertMetadata.setArray(8, ModelCatalog.textArray(connection, metadata.language()));
      insertMetadata.setString(9, metadata.pipelineTag());
      insertMetadata.setString(10, metadata.modelIndex());
      insertMetadata.setString(11, metadata.raw());
      insertMetadata.executeUpdate();
    }

    @Override
    public void close() throws SQLException {
      try {
        rows.close();
      } finally {
        if (insertMetadata != null) {
          insertMetadata.close();
        }
      }
    }
  }

  // The card row and the removal of older card and metadata rows, statements prepared on first use.
  private static final class CardRows implements AutoCloseable {
    private final Connection connection;
    private final String cards;
    private final String metadata;
    private final String idColumn;
    private final List<PreparedStatement> deletes = new ArrayList<>();
    private PreparedStatement insert;

    CardRows(Connection connection, String cards, String metadata, String idColumn) {
      this.connection = connection;
      this.cards = cards;
      this.metadata = metadata;
      this.idColumn = idColumn;
    }

    void replace(ModelCard card, Instant fetchedAt) throws SQLException {
      if (insert == null) {
        for (String table : List.of(cards, metadata)) {
          deletes.add(connection.prepareStatement("DELETE FROM " + table + " WHERE " + idColumn + " = ?"));
        }
        insert = connection.prepareStatement("INSERT INTO " + cards + " (" + idColumn
            + ", status, text, byte_length, sha256, error, fetched_at) VALUES (?, ?, ?, ?, ?, ?, ?)");
      }
      for (PreparedStatement delete : deletes) {
        delete.setString(1, card.modelId());
        delete.executeUpdate();
      }
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

    @Override
    public void close() throws SQLException {
      for (PreparedStatement delete : deletes) {
        delete.close();
      }
      if (insert != null) {
        insert.close();
      }
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
