package io.hfmine.analyzers.text.embedding.cache;

import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hfmine.datasets.store.JsonRows;
import io.hfmine.datasets.store.Store;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Base64;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;

/**
 * The store's {@code text_embeddings} table: vectors as little-endian float32, keyed by the embedded
 * text's hash and the embedder. Model search and issue labelling share it; a text embedded for one
 * is not embedded again for the other.
 */
public final class StoreEmbeddingCache implements EmbeddingCache {
  private final Store store;

  public StoreEmbeddingCache(Store store) {
    this.store = store;
  }

  @Override
  public Map<String, float[]> get(Collection<String> textHashes, String embedder) {
    if (textHashes.isEmpty()) {
      return Map.of();
    }
    return store.read(connection -> {
      Map<String, float[]> vectors = new HashMap<>();
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT text_sha256, vector FROM text_embeddings
          WHERE embedder = ? AND text_sha256 IN (SELECT unnest(from_json(CAST(? AS JSON), '["VARCHAR"]')))""")) {
        query.setString(1, embedder);
        query.setString(2, JsonRows.ids(textHashes));
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            vectors.put(rows.getString(1), floats(rows.getBytes(2)));
          }
        }
      }
      return vectors;
    });
  }

  @Override
  public void put(Map<String, float[]> vectors, String embedder) {
    if (vectors.isEmpty()) {
      return;
    }
    ArrayNode rows = JsonRows.JSON.createArrayNode();
    vectors.forEach((hash, vector) -> rows.addObject().put("h", hash).put("v", Base64.getEncoder().encodeToString(bytes(vector))));
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO text_embeddings (text_sha256, embedder, vector, created_at)
          SELECT r.h, ?, from_base64(r.v), current_timestamp
          FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"h": "VARCHAR", "v": "VARCHAR"}]')) AS r)
          ON CONFLICT DO NOTHING""")) {
        insert.setString(1, embedder);
        insert.setString(2, JsonRows.of(rows));
        insert.executeUpdate();
      }
      return null;
    });
  }

  private static byte[] bytes(float[] vector) {
    ByteBuffer buffer = ByteBuffer.allocate(vector.length * Float.BYTES).order(ByteOrder.LITTLE_ENDIAN);
    buffer.asFloatBuffer().put(vector);
    return buffer.array();
  }

  private static float[] floats(byte[] bytes) {
    float[] vector = new float[bytes.length / Float.BYTES];
    ByteBuffer.wrap(bytes).order(ByteOrder.LITTLE_ENDIAN).asFloatBuffer().get(vector);
    return vector;
  }
}
