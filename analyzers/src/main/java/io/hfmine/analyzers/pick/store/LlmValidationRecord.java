package io.hfmine.analyzers.pick.store;

import io.hfmine.analyzers.issues.llm.PilotValidation;
import io.hfmine.analyzers.pick.llm.ExtractionValidation;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.sql.Types;
import java.time.Instant;

/**
 * Validations of the LLM extraction, kept with the issue LLM's in {@code llm_validations} (the
 * prompt hash tells them apart), so one table says which model and prompt passed which check.
 */
public final class LlmValidationRecord {
  private LlmValidationRecord() {
  }

  public static void write(Store store, String model, String promptSha256, String sampleFile,
      ExtractionValidation.Result result, Instant at) {
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO llm_validations (model, prompt_sha256, "
          + "pilot_file, items, kappa, threshold, passed, validated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, model);
        insert.setString(2, promptSha256);
        insert.setString(3, sampleFile);
        insert.setInt(4, result.items());
        if (Double.isNaN(result.presenceKappa())) {
          insert.setNull(5, Types.DOUBLE);
        } else {
          insert.setDouble(5, result.presenceKappa());
        }
        insert.setDouble(6, result.minKappa());
        insert.setBoolean(7, result.passed());
        insert.setTimestamp(8, Timestamp.from(at));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** Whether the latest validation of this model and prompt passed. */
  public static boolean passed(Store store, String model, String promptSha256) {
    return PilotValidation.passed(store, model, promptSha256);
  }
}
