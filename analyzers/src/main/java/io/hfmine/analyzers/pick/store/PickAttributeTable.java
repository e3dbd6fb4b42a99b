package io.hfmine.analyzers.pick.store;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.pick.extract.AttributeValue;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.datasets.store.JsonRows;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The {@code pick_attributes} and {@code pick_models} tables: extracted attributes with provenance. */
public final class PickAttributeTable {
  private static final String INSERT_VALUES = """
      INSERT INTO pick_attributes (model_id, attribute, ordinal, value, number, source, evidence)
      SELECT r.model_id, r.attribute, r.ordinal, r.value, r.number, r.source, r.evidence
      FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"model_id": "VARCHAR", "attribute": "VARCHAR",
              "ordinal": "INTEGER", "value": "VARCHAR", "number": "DOUBLE", "source": "VARCHAR",
              "evidence": "VARCHAR"}]')) AS r)""";
  private static final String UPSERT_MODELS = """
      INSERT INTO pick_models (model_id, inputs_sha256, card_status, attributes, llm, extracted_at)
      SELECT r.model_id, r.inputs_sha256, r.card_status, r.attributes, r.llm, CAST(? AS TIMESTAMP)
      FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"model_id": "VARCHAR", "inputs_sha256": "VARCHAR",
              "card_status": "VARCHAR", "attributes": "INTEGER", "llm": "VARCHAR"}]')) AS r)
      ON CONFLICT (model_id) DO UPDATE SET inputs_sha256 = excluded.inputs_sha256, card_status = excluded.card_status,
        attributes = excluded.attributes, llm = excluded.llm, extracted_at = excluded.extracted_at""";
  private static final String IDS = "(SELECT unnest(from_json(CAST(? AS JSON), '[\"VARCHAR\"]')))";

  private PickAttributeTable() {
  }

  /** One extracted model and what it was extracted from. */
  public record Extracted(ModelMetadata metadata, String inputsSha256, String cardStatus, String llm) {
  }

  /**
   * Replaces the attributes of these models, inside the caller's transaction; {@code stored} says
   * whether a model may have rows already (false skips the delete, which scans the table: a first
   * extraction of a large catalog would otherwise scan it once per chunk).
   */
  public static void replace(Connection connection, List<Extracted> models, Predicate<String> stored, Instant extractedAt)
      throws SQLException {
    if (models.isEmpty()) {
      return;
    }
    delete(connection, models.stream().map(model -> model.metadata().modelId()).filter(stored).toList());
    ArrayNode values = JsonRows.JSON.createArrayNode();
    ArrayNode rows = JsonRows.JSON.createArrayNode();
    for (Extracted model : models) {
      ModelMetadata metadata = model.metadata();
      metadata.attributes().forEach((attribute, list) -> {
        for (int i = 0; i < list.size(); i++) {
          AttributeValue value = list.get(i);
          ObjectNode row = values.addObject();
          row.put("model_id", metadata.modelId());
          row.put("attribute", attribute);
          row.put("ordinal", i);
          row.put("value", value.value());
          row.put("number", value.number());
          row.put("source", value.source());
          row.put("evidence", value.evidence());
        }
      });
      ObjectNode row = rows.addObject();
      row.put("model_id", metadata.modelId());
      row.put("inputs_sha256", model.inputsSha256());
      row.put("card_status", model.cardStatus());
      row.put("attributes", metadata.attributes().size());
      row.put("llm", model.llm());
    }
    if (!values.isEmpty()) {
      try (PreparedStatement insert = connection.prepareStatement(INSERT_VALUES)) {
        insert.setString(1, JsonRows.of(values));
        insert.executeUpdate();
      }
    }
    try (PreparedStatement upsert = connection.prepareStatement(UPSERT_MODELS)) {
      upsert.setString(1, extractedAt.toString().replace('T', ' ').replace("Z", ""));
      upsert.setString(2, JsonRows.of(rows));
      upsert.executeUpdate();
    }
  }

  /** Forgets the attributes of these models (e.g. models no longer in the catalog). */
  public static void delete(Connection connection, Collection<String> ids) throws SQLException {
    if (ids.isEmpty()) {
      return;
    }
    for (String table : List.of("pick_attributes", "pick_models")) {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM " + table + " WHERE model_id IN " + IDS)) {
        delete.setString(1, JsonRows.ids(ids));
        delete.executeUpdate();
      }
    }
  }

  /** What an extracted model was extracted from, and by which LLM pass (null for rules only). */
  public record Inputs(String sha256, String llm) {
  }

  /** The inputs of every extracted model, by id. */
  public static Map<String, Inputs> inputs(Store store) {
    return store.read(connection -> {
      Map<String, Inputs> inputs = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT model_id, inputs_sha256, llm FROM pick_models");
           ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          inputs.put(rows.getString(1), new Inputs(rows.getString(2), rows.getString(3)));
        }
      }
      return inputs;
    });
  }

  /** Every extracted model, by id, attributes in template order. */
  public static void forEach(Store store, List<String> templateOrder, Consumer<ModelMetadata> sink) {
    store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT model_id, attribute, value, number, source, evidence FROM pick_attributes
          ORDER BY model_id, attribute, ordinal""")) {
        query.setFetchSize(10_000);
        try (ResultSet rows = query.executeQuery()) {
          String current = null;
          Map<String, List<AttributeValue>> attributes = new HashMap<>();
          while (rows.next()) {
            String id = rows.getString(1);
            if (current != null && !current.equals(id)) {
              sink.accept(metadata(current, attributes, templateOrder));
              attributes = new HashMap<>();
            }
            current = id;
            double number = rows.getDouble(4);
            Double boxed = rows.wasNull() ? null : number;
            attributes.computeIfAbsent(rows.getString(2), key -> new ArrayList<>())
                .add(new AttributeValue(rows.getString(3), boxed, rows.getString(5), rows.getString(6)));
          }
          if (current != null) {
            sink.accept(metadata(current, attributes, templateOrder));
          }
        }
      }
      return null;
    });
  }

  /** One model's attributes, if it was extracted. */
  public static Optional<ModelMetadata> of(Store store, String modelId, List<String> templateOrder) {
    return store.read(connection -> {
      Map<String, List<AttributeValue>> attributes = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT attribute, value, number, source, evidence FROM pick_attributes WHERE model_id = ?
          ORDER BY attribute, ordinal""")) {
        query.setString(1, modelId);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            double number = rows.getDouble(3);
            Double boxed = rows.wasNull() ? null : number;
            attributes.computeIfAbsent(rows.getString(1), key -> new ArrayList<>())
                .add(new AttributeValue(rows.getString(2), boxed, rows.getString(4), rows.getString(5)));
          }
        }
      }
      boolean known;
      try (PreparedStatement query = connection.prepareStatement("SELECT 1 FROM pick_models WHERE model_id = ?")) {
        query.setString(1, modelId);
        try (ResultSet rows = query.executeQuery()) {
          known = rows.next();
        }
      }
      return known ? Optional.of(metadata(modelId, attributes, templateOrder)) : Optional.<ModelMetadata>empty();
    });
  }

  private static ModelMetadata metadata(String id, Map<String, List<AttributeValue>> attributes, List<String> order) {
    Map<String, List<AttributeValue>> ordered = new LinkedHashMap<>();
    order.forEach(name -> {
      List<AttributeValue> values = attributes.get(name);
      if (values != null) {
        ordered.put(name, values);
      }
    });
    return new ModelMetadata(id, ordered);
  }
}
