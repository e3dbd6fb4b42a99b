package io.hfmine.analyzers.models;

import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
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

  /** One filter: its SQL condition on {@code m} (models), the condition's parameters, its funnel label. */
  private record Filter(String condition, List<Object> parameters, String description) {
  }

  public List<Step> run(Spec spec) {
    List<Filter> filters = new ArrayList<>();
    if (spec.minDownloads() > 0) {
      filters.add(new Filter("coalesce(m.downloads, 0) >= ?", List.of(spec.minDownloads()),
          "downloads >= " + spec.minDownloads()));
    }
    if (spec.requireCard()) {
      filters.add(new Filter("EXISTS (SELECT 1 FROM model_cards c WHERE c.model_id = m.id AND c.status = 'ok'"
          + " AND length(trim(c.text)) > 0)", List.of(), "has a model card"));
    }
    if (spec.requireTags()) {
      filters.add(new Filter("len(coalesce(m.tags, []::VARCHAR[])) > 0", List.of(), "has tags"));
    }
    if (!spec.libraries().isEmpty()) {
      filters.add(new Filter("m.library_name IN (" + String.join(", ", Collections.nCopies(spec.libraries().size(), "?"))
          + ")", List.copyOf(spec.libraries()), "library in " + String.join(", ", spec.libraries())));
    }
    return store.transaction(connection -> {
      List<Step> steps = new ArrayList<>();
      steps.add(new Step(0, "models in the store", count(connection, List.of())));
      for (int i = 0; i < filters.size(); i++) {
        steps.add(new Step(i + 1, filters.get(i).description(), count(connection, filters.subList(0, i + 1))));
      }
      LocalDateTime now = LocalDateTime.ofInstant(Instant.now(), ZoneOffset.UTC);
      try (Statement statement = connection.createStatement()) {
        statement.execute("DELETE FROM model_selection");
      }
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM selection_funnel WHERE selection = ?")) {
        delete.setString(1, FUNNEL);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO model_selection (model_id, selected_at) SELECT m.id, ? FROM models m" + where(filters))) {
        insert.setObject(1, now);
        bind(insert, 2, filters);
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

  private static long count(Connection connection, List<Filter> filters) throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM models m" + where(filters))) {
      bind(query, 1, filters);
      try (ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    }
  }

  private static void bind(PreparedStatement statement, int first, List<Filter> filters) throws SQLException {
    int index = first;
    for (Filter filter : filters) {
      for (Object parameter : filter.parameters()) {
        statement.setObject(index++, parameter);
      }
    }
  }

  private static String where(List<Filter> filters) {
    return filters.isEmpty() ? "" : " WHERE " + String.join(" AND ", filters.stream().map(Filter::condition).toList());
  }
}
