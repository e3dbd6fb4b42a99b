package io.hfmine.datasets.pipeline;

import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;

/** The {@code pipeline_stages} table: what `hfmine run` finished, so a re-run skips it. */
public final class StageLedger {
  private final Store store;

  public StageLedger(Store store) {
    this.store = store;
  }

  /** A stage's last recorded run. */
  public record Entry(String stage, String inputsSha256, String state, String summary, String failures) {
    public boolean doneFor(String inputs) {
      return "done".equals(state) && inputsSha256.equals(inputs);
    }
  }

  public Optional<Entry> find(String stage) {
    return store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT stage, inputs_sha256, state, summary, failures FROM pipeline_stages WHERE stage = ?")) {
        query.setString(1, stage);
        try (ResultSet rows = query.executeQuery()) {
          return rows.next()
              ? Optional.of(new Entry(rows.getString(1), rows.getString(2), rows.getString(3),
                  rows.getString(4), rows.getString(5)))
              : Optional.empty();
        }
      }
    });
  }

  public void started(String stage, int position, String inputs) {
    upsert(stage, position, inputs, "running", null, null, false);
  }

  public void finished(String stage, int position, String inputs, boolean ok, String summaryJson, String failures) {
    upsert(stage, position, inputs, ok ? "done" : "failed", summaryJson, failures, true);
  }

  private void upsert(String stage, int position, String inputs, String state, String summary, String failures,
      boolean finished) {
    store.transaction(connection -> {
      try (PreparedStatement statement = connection.prepareStatement("""
          INSERT INTO pipeline_stages (stage, position, inputs_sha256, state, started_at, finished_at, summary, failures)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (stage) DO UPDATE SET position = excluded.position, inputs_sha256 = excluded.inputs_sha256,
            state = excluded.state,
            started_at = CASE WHEN excluded.finished_at IS NULL THEN excluded.started_at ELSE pipeline_stages.started_at END,
            finished_at = excluded.finished_at, summary = excluded.summary, failures = excluded.failures""")) {
        Timestamp now = Timestamp.from(Instant.now());
        statement.setString(1, stage);
        statement.setInt(2, position);
        statement.setString(3, inputs);
        statement.setString(4, state);
        statement.setTimestamp(5, now);
        statement.setTimestamp(6, finished ? now : null);
        statement.setString(7, summary);
        statement.setString(8, failures);
        statement.executeUpdate();
      }
      return null;
    });
  }
}
