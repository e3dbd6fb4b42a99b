package io.hfmine.datasets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.lang.reflect.Modifier;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoreTest {
  @TempDir
  Path dir;

  @Test
  void transactionRollsBackEverythingWhenWorkFails() {
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> store.transaction(c -> {
        c.createStatement().executeUpdate(
            "INSERT INTO models (id, source, fetched_at) VALUES ('org/a', 'hub', now())");
        throw new IllegalStateException("boom");
      })).hasMessage("boom");
      assertThat(count(store, "SELECT count(*) FROM models")).isZero();
    }
  }

  @Test
  void reopeningAStoreKeepsItsRows() {
    Path file = dir.resolve("s.duckdb");
    try (Store store = Store.open(file)) {
      store.transaction(c -> c.createStatement().executeUpdate(
          "INSERT INTO models (id, source, fetched_at) VALUES ('org/a', 'hub', now())"));
    }
    try (Store store = Store.open(file)) {
      assertThat(count(store, "SELECT count(*) FROM models")).isEqualTo(1);
    }
  }

  @Test
  void theConnectionIsNeverHandedOutOutsideTheStoresLock() {
    assertThat(Arrays.stream(Store.class.getMethods())
        .filter(method -> !Modifier.isStatic(method.getModifiers()))
        .filter(method -> Connection.class.isAssignableFrom(method.getReturnType())))
        .as("public methods returning the store's connection")
        .isEmpty();
  }

  private static long count(Store store, String sql) {
    return store.read(c -> {
      try (Statement statement = c.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }
}
