package io.hfmine.analyzers.setasks.confirm;

import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.text.CardParts;
import io.hfmine.datasets.arxiv.ArxivIds;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Reads the (item, activity) pairs to confirm and stores labels, samples and validations. */
public final class ConfirmationStore {
  /** Evidence lines shown to the LLM and to annotators per pair. */
  static final int EVIDENCE_LINES = 6;

  private final Store store;

  public ConfirmationStore(Store store) {
    this.store = store;
  }

  /** A pair's key: kind, item id and activity. */
  public record Pair(String kind, String id, String activity) {
  }

  /** Every (unique item, activity) pair with its tasks and evidence, without text (see {@link #withText}). */
  public List<ConfirmationItem> pairs() {
    return store.read(connection -> {
      Map<Pair, Set<String>> tasks = new LinkedHashMap<>();
      Map<Pair, List<String>> evidence = new LinkedHashMap<>();
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT i.item_kind, i.item_id, m.activity, m.task_id, m.source, m.source_ref, m.matched_text, m.start_char
          FROM se_task_items i JOIN se_task_matches m ON m.item_kind = i.item_kind AND m.item_id = i.item_id
          WHERE i.unique_card AND m.excluded_by IS NULL
          ORDER BY i.item_kind, i.item_id, m.activity, m.source, m.start_char""");
           ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          Pair pair = new Pair(rows.getString(1), rows.getString(2), rows.getString(3));
          tasks.computeIfAbsent(pair, k -> new LinkedHashSet<>()).add(rows.getString(4));
          List<String> lines = evidence.computeIfAbsent(pair, k -> new ArrayList<>());
          if (lines.size() < EVIDENCE_LINES) {
            String ref = rows.getString(6) == null ? "" : " " + rows.getString(6);
            lines.add(rows.getString(4) + " in " + rows.getString(5) + ref + " at character " + rows.getInt(8) + ": \""
                + rows.getString(7).replaceAll("\\s+", " ") + "\"");
          }
        }
      }
      List<ConfirmationItem> pairs = new ArrayList<>();
      tasks.forEach((pair, found) -> pairs.add(new ConfirmationItem(pair.kind(), pair.id(), pair.activity(),
          List.copyOf(found), evidence.get(pair), null)));
      return pairs;
    });
  }

  /** The pair with the item's card (front matter included) and the abstracts its tags name. */
  public ConfirmationItem withText(ConfirmationItem item) {
    ItemKind kind = ItemKind.of(item.kind());
    String table = kind == ItemKind.MODEL ? "model_cards" : "dataset_cards";
    String idColumn = kind == ItemKind.MODEL ? "model_id" : "dataset_id";
    String items = kind == ItemKind.MODEL ? "models" : "datasets";
    return store.read(connection -> {
      StringBuilder text = new StringBuilder();
      try (PreparedStatement card = connection.prepareStatement("SELECT text FROM " + table + " WHERE " + idColumn
          + " = ? AND status = 'ok'")) {
        card.setString(1, item.id());
        try (ResultSet rows = card.executeQuery()) {
          if (rows.next() && rows.getString(1) != null) {
            text.append(rows.getString(1).strip());
          }
        }
      }
      List<String> tags = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT tags FROM " + items + " WHERE id = ?")) {
        query.setString(1, item.id());
        try (ResultSet rows = query.executeQuery()) {
          if (rows.next()) {
            tags.addAll(ModelCatalog.textList(rows.getArray(1)));
          }
        }
      }
      for (String arxivId : ArxivIds.fromTags(tags)) {
        try (PreparedStatement paper = connection.prepareStatement(
            "SELECT title, abstract FROM arxiv_papers WHERE arxiv_id = ? AND status = 'ok'")) {
          paper.setString(1, arxivId);
          try (ResultSet rows = paper.executeQuery()) {
            if (rows.next()) {
              text.append("\n\narXiv ").append(arxivId).append(": ").append(rows.getString(1)).append("\n")
                  .append(rows.getString(2));
            }
          }
        }
      }
      return new ConfirmationItem(item.kind(), item.id(), item.activity(), item.tasks(), item.evidence(),
          text.toString());
    });
  }

  /** The first characters of a card's body, for annotation files. */
  public String excerpt(ConfirmationItem item, int chars) {
    String text = withText(item).text();
    String body = text.substring(Math.min(text.length(), CardParts.of(text).bodyStart())).strip();
    String flat = body.replaceAll("\\s+", " ");
    return flat.length() <= chars ? flat : flat.substring(0, chars) + " [...]";
  }

  /** Stores (or replaces) a label of a pair. */
  public void saveLabel(Pair pair, String source, boolean relevant, String answer, String model, String promptSha) {
    store.transaction(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("""
          INSERT INTO se_task_labels (item_kind, item_id, activity, label_source, relevant, answer, model, prompt_sha256,
                                      labelled_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (item_kind, item_id, activity, label_source) DO UPDATE SET relevant = excluded.relevant,
            answer = excluded.answer, model = excluded.model, prompt_sha256 = excluded.prompt_sha256,
            labelled_at = excluded.labelled_at""")) {
        upsert.setString(1, pair.kind());
        upsert.setString(2, pair.id());
        upsert.setString(3, pair.activity());
        upsert.setString(4, source);
        upsert.setBoolean(5, relevant);
        upsert.setString(6, answer);
        upsert.setString(7, model);
        upsert.setString(8, promptSha);
        upsert.setObject(9, ModelCatalog.utc(Instant.now()));
        upsert.executeUpdate();
      }
      return null;
    });
  }

  /** Labels of one source ({@code llm} or {@code human:NAME}); for llm only those of this model and prompt. */
  public Map<Pair, Boolean> labels(String source, String model, String promptSha) {
    return store.read(connection -> {
      Map<Pair, Boolean> labels = new LinkedHashMap<>();
      String sql = "SELECT item_kind, item_id, activity, relevant FROM se_task_labels WHERE label_source = ?"
          + (model == null ? "" : " AND model = ? AND prompt_sha256 = ?");
      try (PreparedStatement query = connection.prepareStatement(sql)) {
        query.setString(1, source);
        if (model != null) {
          query.setString(2, model);
          query.setString(3, promptSha);
        }
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            labels.put(new Pair(rows.getString(1), rows.getString(2), rows.getString(3)), rows.getBoolean(4));
          }
        }
      }
      return labels;
    });
  }

  /** Annotators with human labels, by name. */
  public List<String> annotators() {
    return store.read(connection -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT DISTINCT substr(label_source, 7) FROM "
          + "se_task_labels WHERE label_source LIKE 'human:%' ORDER BY 1");
           ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      return names;
    });
  }

  /** Replaces a sample's pairs. */
  public void saveSample(String sample, List<Pair> pairs, Map<String, Long> populations, long seed) {
    store.transaction(connection -> {
      try (PreparedStatement delete = connection.prepareStatement("DELETE FROM se_task_samples WHERE sample = ?")) {
        delete.setString(1, sample);
        delete.executeUpdate();
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO se_task_samples (sample, activity, "
          + "item_kind, item_id, population, seed, drawn_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
        for (Pair pair : pairs) {
          insert.setString(1, sample);
          insert.setString(2, pair.activity());
          insert.setString(3, pair.kind());
          insert.setString(4, pair.id());
          insert.setLong(5, populations.getOrDefault(pair.activity(), populations.getOrDefault("*", 0L)));
          insert.setLong(6, seed);
          insert.setObject(7, ModelCatalog.utc(Instant.now()));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  /** The pairs of a sample, in the order drawn. */
  public List<Pair> sample(String sample) {
    return store.read(connection -> {
      List<Pair> pairs = new ArrayList<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT item_kind, item_id, activity FROM "
          + "se_task_samples WHERE sample = ? ORDER BY rowid")) {
        query.setString(1, sample);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            pairs.add(new Pair(rows.getString(1), rows.getString(2), rows.getString(3)));
          }
        }
      }
      return pairs;
    });
  }

  /** Records one validation outcome. */
  public void saveValidation(String sample, String activity, String model, String promptSha, String annotator,
      int items, double kappa, double agreement, double threshold, boolean passed) {
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO se_task_validations (sample, activity, "
          + "model, prompt_sha256, annotator, items, kappa, agreement, threshold, passed, validated_at) "
          + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
        insert.setString(1, sample);
        insert.setString(2, activity);
        insert.setString(3, model);
        insert.setString(4, promptSha);
        insert.setString(5, annotator);
        insert.setInt(6, items);
        if (Double.isNaN(kappa)) {
          insert.setNull(7, java.sql.Types.DOUBLE);
        } else {
          insert.setDouble(7, kappa);
        }
        insert.setDouble(8, agreement);
        insert.setDouble(9, threshold);
        insert.setBoolean(10, passed);
        insert.setObject(11, ModelCatalog.utc(Instant.now()));
        insert.executeUpdate();
      }
      return null;
    });
  }

  /** Activities whose latest pilot validation for this model and prompt passed. */
  public Set<String> validatedActivities(String model, String promptSha) {
    return store.read(connection -> {
      Set<String> passed = new LinkedHashSet<>();
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT activity, arg_max(passed, validated_at) FROM se_task_validations
          WHERE sample = 'pilot' AND model = ? AND prompt_sha256 = ? GROUP BY activity ORDER BY activity""")) {
        query.setString(1, model);
        query.setString(2, promptSha);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            if (rows.getBoolean(2)) {
              passed.add(rows.getString(1));
            }
          }
        }
      }
      return passed;
    });
  }

  /**
   * Sets each unique item's confirmed activities from the LLM labels of this model and prompt:
   * an SE item when some activity is confirmed, not one when all its activities were answered no,
   * unknown (empty) while some activity has no answer.
   */
  public void updateConfirmed(String model, String promptSha) {
    store.transaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("""
          UPDATE se_task_items SET confirmed_activities = s.yes,
            se_item = CASE WHEN len(s.yes) > 0 THEN true WHEN s.answered = len(s.activities) THEN false ELSE NULL END
          FROM (SELECT i.item_kind, i.item_id, any_value(i.activities) AS activities,
                       coalesce(list(l.activity ORDER BY l.activity) FILTER (WHERE l.relevant), []) AS yes,
                       count(l.activity) AS answered
                FROM se_task_items i LEFT JOIN se_task_labels l ON l.item_kind = i.item_kind AND l.item_id = i.item_id
                  AND l.label_source = 'llm' AND l.model = ? AND l.prompt_sha256 = ? AND list_contains(i.activities, l.activity)
                WHERE i.unique_card GROUP BY i.item_kind, i.item_id) s
          WHERE se_task_items.item_kind = s.item_kind AND se_task_items.item_id = s.item_id""")) {
        update.setString(1, model);
        update.setString(2, promptSha);
        update.executeUpdate();
      }
      return null;
    });
  }
}
