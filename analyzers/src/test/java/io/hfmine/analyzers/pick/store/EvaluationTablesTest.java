package io.hfmine.analyzers.pick.store;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.pick.evaluate.EvaluationReport;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EvaluationTablesTest {
  @TempDir
  Path dir;

  @Test
  void aRunRecordsTheDownloadFloorItsSourcesWereDrawnAboveAndHowManyModelsMetIt() {
    EvaluationReport report = new EvaluationReport("seed5-n0-1", 5, 10, 2_000, 437, 0, 0, 0, 0, "rules",
        List.of(1, 5, 10), List.of(), Map.of(), null, List.of());
    try (Store store = Store.openIn(dir)) {
      EvaluationTables.write(store, report, null, "{}", Instant.parse("2026-12-05T06:00:00Z"));
      String row = store.read(connection -> {
        try (var query = connection.prepareStatement(
            "SELECT min_source_downloads || '/' || eligible_sources FROM pick_eval_runs WHERE run_id = 'seed5-n0-1'");
            var rows = query.executeQuery()) {
          rows.next();
          return rows.getString(1);
        }
      });
      assertThat(row).isEqualTo("2000/437");
    }
  }
}
