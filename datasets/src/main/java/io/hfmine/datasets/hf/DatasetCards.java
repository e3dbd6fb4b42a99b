package io.hfmine.datasets.hf;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** The {@code dataset_cards} and {@code dataset_card_metadata} tables, the dataset side of {@link ModelCards}. */
public final class DatasetCards {
  private static final ObjectMapper JSON = new ObjectMapper();

  private DatasetCards() {
  }

  /** Stores a dataset card and its metadata together, replacing older rows, inside the caller's transaction. */
  public static void save(Connection connection, ModelCard card, CardMetadata metadata, Instant fetchedAt)
      throws SQLException {
    ModelCards.replaceCard(connection, "dataset_cards", "dataset_card_metadata", "dataset_id", card, fetchedAt);
    if (metadata == null) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO dataset_card_metadata (dataset_id, status, error, license, tags, task_categories, language, raw)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?)""")) {
      insert.setString(1, card.modelId());
      insert.setString(2, metadata.status());
      insert.setString(3, metadata.error());
      insert.setString(4, metadata.license());
      insert.setArray(5, ModelCatalog.textArray(connection, metadata.tags()));
      insert.setArray(6, ModelCatalog.textArray(connection, taskCategories(metadata.raw())));
      insert.setArray(7, ModelCatalog.textArray(connection, metadata.language()));
      insert.setString(8, metadata.raw());
      insert.executeUpdate();
    }
  }

  /** Ids of datasets whose card is still to fetch (never fetched, or failed); with {@code refresh}, all. */
  public static List<String> pending(Store store, boolean refresh) {
    return store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT d.id FROM datasets d LEFT JOIN dataset_cards c ON c.dataset_id = d.id
          WHERE ? OR c.dataset_id IS NULL OR c.status = 'failed'
          ORDER BY d.downloads DESC NULLS LAST, d.id""")) {
        query.setBoolean(1, refresh);
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

  // task_categories is the dataset card's counterpart of pipeline_tag; a single value or a list.
  private static List<String> taskCategories(String raw) {
    List<String> categories = new ArrayList<>();
    if (raw == null) {
      return categories;
    }
    try {
      JsonNode value = JSON.readTree(raw).get("task_categories");
      if (value != null && value.isArray()) {
        value.forEach(item -> {
          if (item.isValueNode() && !item.isNull()) {
            categories.add(item.asText());
          }
        });
      } else if (value != null && value.isValueNode() && !value.isNull()) {
        categories.add(value.asText());
      }
    } catch (JsonProcessingException e) {
      // raw is the parser's own JSON; it always reads
    }
    return categories;
  }
}
