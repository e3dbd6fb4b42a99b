package io.hfmine.datasets.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V166: the search index's cached vectors move to the embedding table every feature shares. */
class EmbeddingTableMigrationTest {
  @TempDir
  Path dir;

  @Test
  void vectorsCachedBeforeTheSharedTableAreKeptInIt() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Connection connection = SchemaMigrationsTest.storeAt(file, "140")) {
      connection.createStatement().execute("""
          INSERT INTO pick_embeddings VALUES ('aa11', 'minilm@1', from_hex('0000803F'), TIMESTAMP '2026-11-01 10:00:00')""");
    }

    try (Store store = Store.open(file)) {
      assertThat(SchemaMigrationsTest.rows(store, "SELECT text_sha256 || ' ' || embedder || ' ' || hex(vector) FROM text_embeddings"))
          .containsExactly("aa11 minilm@1 0000803F");
      assertThat(SchemaMigrationsTest.rows(store,
          "SELECT count(*) FROM information_schema.tables WHERE table_name = 'pick_embeddings'")).containsExactly("0");
    }
  }
}
