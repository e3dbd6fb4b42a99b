package io.hfmine.datasets.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class ModelSnapshotsTest {
  private static ModelRecord model(long downloads, long likes) {
    return new ModelRecord("acme/bert-small", "acme", downloads, likes, List.of(), null, null, null, null, "false",
        false, null, null);
  }

  private static List<String> snapshots(Store store) {
    return store.read(connection -> {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement(); ResultSet result = statement.executeQuery(
          "SELECT snapshot_date, downloads, likes FROM model_snapshots ORDER BY snapshot_date")) {
        while (result.next()) {
          rows.add(result.getString(1) + " " + result.getLong(2) + " " + result.getLong(3));
        }
      }
      return rows;
    });
  }

  @Test
  void eachDayOfListingKeepsItsOwnDownloadsAndLikesWhileModelsHoldsTheLatest() {
    try (Store store = Store.inMemory()) {
      store.transaction(c -> ModelCatalog.upsert(c, List.of(model(100, 1)), "hf-api", Instant.parse("2026-03-01T10:00:00Z")));
      store.transaction(c -> ModelCatalog.upsert(c, List.of(model(150, 2)), "hf-api", Instant.parse("2026-03-02T23:59:00Z")));
      // Later the same UTC day: that day's row is replaced, not doubled.
      store.transaction(c -> ModelCatalog.upsert(c, List.of(model(170, 2)), "hf-api", Instant.parse("2026-03-02T23:59:59Z")));

      assertThat(snapshots(store)).containsExactly("2026-03-01 100 1", "2026-03-02 170 2");
      long latest = store.read(c -> {
        try (Statement statement = c.createStatement(); ResultSet result = statement.executeQuery("SELECT downloads FROM models")) {
          result.next();
          return result.getLong(1);
        }
      });
      assertThat(latest).isEqualTo(170L);
    }
  }
}
