package io.hfmine.analyzers.issues.llm;

import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code llm_cache} table; each answer is committed as soon as it arrives. */
public final class StoreLlmCache implements LlmCache {
  private final Store store;

  public StoreLlmCache(Store store) {
    this.store = store;
  }

  @Override
  public Optional<String> get(String requestSha256) {
    return store.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement("SELECT answer FROM llm_cache WHERE request_sha256 = ?")) {
        select.setString(1, requestSha256);
        try (ResultSet rows = select.executeQuery()) {
          return rows.next() ? Optional.of(rows.getString(1)) : Optional.<String>empty();
        }
      }
    });
  }

  @Override
  public void put(String requestSha256, String model, String answer) {
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO llm_cache (request_sha256, model, answer, "
          + "created_at) VALUES (?, ?, ?, ?) ON CONFLICT (request_sha256) DO UPDATE SET answer = excluded.answer")) {
        insert.setString(1, requestSha256);
        insert.setString(2, model);
        insert.setString(3, answer);
        insert.setTimestamp(4, Timestamp.from(Instant.now()));
        insert.executeUpdate();
      }
      return null;
    });
  }
}
