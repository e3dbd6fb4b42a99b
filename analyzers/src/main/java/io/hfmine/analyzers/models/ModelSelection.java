package io.hfmine.analyzers.models;

import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code models select}: keeps the models that pass each filter in turn and records the funnel
 * (how many models each step leaves), as the papers report it.
 *
 * <p>The selection and its funnel replace the previous ones in one transaction.
 */
public final class ModelSelection {
  /** The funnel's name in {@code selection_funnel}. */
  public static final String FUNNEL = "models";

  private final Store store;

  public ModelSelection(Store store) {
    this.store = store;
  }

  /**
   * The filters, applied in this order: downloads at least {@code minDownloads} (0 keeps all),
   * a stored card with text, at least one tag, a library among {@code libraries} (empty keeps all).
   */
  public record Spec(long minDownloads, boolean requireCard, boolean requireTags, List<String> libraries) {
    public Spec {
      libraries = libraries == null ? List.of() : List.copyOf(libraries);
    }
  }

  /** One funnel step: what it keeps and how many models remain after it. */
  public record Step(int step, String description, long remaining) {
  }

  public List<Step> run(Spec spec) {
    List<String> conditions = new ArrayList<>();
    List<String> descriptions = new ArrayList<>();
    if (spec.minDownloads() > 0) {
      conditions.add("coalesce(m.downloads, 0) >= " + spec.minDownloads());
      descriptions.add("downloads >= " + spec.minDownloads());
    }
    if (spec.requireCard()) {
      conditions.add("EXISTS (SELECT 1 FROM model_cards c WHERE c.model_id = m.id AND c.status = 'ok'"
          + " AND length(trim(c.text)) > 0)");
      descriptions.add("has a model card");
    }
    if (spec.requireTags()) {
      conditions.add("len(coalesce(m.tags, []::VARCHAR[])) > 0");
      descriptions.add("has tags");
    }
    if (!spec.libraries().isEmpty()) {
      StringBuilder in = new StringBuilder();
      for (String library : spec.libraries()) {
        in.append(in.isEmpty() ? "" : ", ").append('\'').append(library.replace("'", "''")).append('\'');
      }
      conditions.add("m.library_name IN (" + in + ")");
      descriptions.add("library in " + String.join(", ", spec.libraries()));
    }
    return store.transaction(connection -> {
      List<Step> steps = new ArrayList<>();
      steps.add(new Step(0, "models in the store", count(connection, List.of())));
      for (int i = 0; i < conditions.size(); i++) {
        steps.add(new Step(i + 1, descriptions.get(i), count(connection, conditions.subList(0, i + 1))));
      }
      LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM model_selection");
        statement.execute("DELETE FROM selection_funnel WHERE selection = '" + FUNNEL + "'");
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO model_selection (model_id, selected_at) SELECT m.id, ? FROM models m" + where(conditions))) {
        insert.setObject(1, now);
        insert.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO selection_funnel (selection, step, description, remaining, recorded_at)
          VALUES (?, ?, ?, ?, ?)""")) {
        for (Step step : steps) {
          insert.setString(1, FUNNEL);
          insert.setInt(2, step.step());
          insert.setString(3, step.description());
          insert.setLong(4, step.remaining());
          insert.setObject(5, now);
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return steps;
    });
  }

  /** The funnel recorded by the last selection, or an empty list. */
  public List<Step> lastFunnel() {
    return store.read(connection -> {
      List<Step> steps = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement(
          "SELECT step, description, remaining FROM selection_funnel WHERE selection = ? ORDER BY step")) {
        query.setString(1, FUNNEL);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            steps.add(new Step(rows.getInt(1), rows.getString(2), rows.getLong(3)));
          }
        }
      }
      return steps;
    });
  }

  private static long count(java.sql.Connection connection, List<String> conditions) throws java.sql.SQLException {
    try (Statement statement = connection.createStatement();
         ResultSet rows = statement.executeQuery("SELECT count(*) FROM models m" + where(conditions))) {
      rows.next();
      return rows.getLong(1);
    }
  }

  private static String where(List<String> conditions) {
    return conditions.isEmpty() ? "" : " WHERE " + String.join(" AND ", conditions);
  }
}
