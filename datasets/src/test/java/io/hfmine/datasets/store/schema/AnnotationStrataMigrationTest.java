package io.hfmine.datasets.store.schema;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.Connection;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** V167: annotation samples gain an enriched draw's design and each issue's stratum; earlier samples keep theirs. */
class AnnotationStrataMigrationTest {
  @TempDir
  Path dir;

  @Test
  void samplesDrawnBeforeEnrichedDrawsStayPlainAndNewOnesKeepTheirStrata() throws Exception {
    Path file = dir.resolve("old.duckdb");
    try (Connection connection = SchemaMigrationsTest.storeAt(file, "166")) {
      connection.createStatement().execute("""
          INSERT INTO annotation_samples VALUES ('pilot', 'relevance', 2, 7, true, NULL, TIMESTAMP '2026-11-01 10:00:00')""");
      connection.createStatement().execute("INSERT INTO annotation_sample_issues VALUES ('pilot', 1, 'dev/app', 3)");
    }

    try (Store store = Store.open(file)) {
      assertThat(SchemaMigrationsTest.rows(store, "SELECT name || ' ' || coalesce(enrichment, 'plain') || ' ' "
          + "|| coalesce(leaves_out, 'nothing') FROM annotation_samples")).containsExactly("pilot plain nothing");
      assertThat(SchemaMigrationsTest.rows(store, "SELECT coalesce(stratum, '-') FROM annotation_sample_issues"))
          .containsExactly("-");
      store.transaction(connection -> connection.createStatement().execute(
          "INSERT INTO annotation_sample_issues (sample, position, repository, issue_number, stratum) "
              + "VALUES ('pilot', 2, 'dev/app', 4, 'P')"));
      assertThat(SchemaMigrationsTest.rows(store, "SELECT stratum FROM annotation_sample_issues WHERE position = 2"))
          .containsExactly("P");
    }
  }
}
