package io.hfmine.web.pages.models;

import io.hfmine.datasets.store.Store;
import io.hfmine.web.aggregates.UsageAggregates;
import io.hfmine.web.table.Rows;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** The SQL of a model page: its row, card, near-duplicates, usages, pattern group and the issues of projects using it. */
public final class ModelReadModel {
  /** Usages listed on the page; the rest are a link away. */
  static final int USAGES_SHOWN = 10;

  private ModelReadModel() {
  }

  /** What a model page shows. */
  public record ModelView(Map<String, Object> model, Map<String, Object> cardMetadata, String cardStatus,
      String cardText, String originalId, List<String> variants, long usages, List<Map<String, Object>> firstUsages,
      Map<String, Object> patternGroup, long repositoriesUsing, long issuesOfSelectedProjects) {
  }

  /** The model, or null when the store does not hold it; {@link UsageAggregates} must be built. */
  public static ModelView read(Store store, String id) {
    return store.read(connection -> {
      Map<String, Object> model = Rows.one(connection, "SELECT id, author, downloads, likes, pipeline_tag, library_name, "
          + "tags, created_at, last_modified, gated, source, fetched_at FROM models WHERE id = ?", id);
      if (model == null) {
        return null;
      }
      Map<String, Object> card = Rows.one(connection, "SELECT status, error, license, datasets, base_model, language, "
          + "pipeline_tag, tags FROM card_metadata WHERE model_id = ?", id);
      Map<String, Object> text = Rows.one(connection, "SELECT status, text FROM model_cards WHERE model_id = ?", id);
      Map<String, Object> duplicate = Rows.one(connection, "SELECT original_id FROM card_duplicates WHERE model_id = ?", id);
      String original = duplicate == null ? null : (String) duplicate.get("original_id");
      List<String> variants = new ArrayList<>();
      for (Map<String, Object> row : Rows.all(connection, "SELECT model_id FROM card_duplicates WHERE original_id = ? "
          + "AND model_id <> original_id ORDER BY model_id", id)) {
        variants.add((String) row.get("model_id"));
      }
      Map<String, Object> counts = Rows.one(connection, "SELECT usages, repositories, selected_issues FROM "
          + UsageAggregates.MODELS + " WHERE model_id = ?", id);
      long usages = counts == null ? 0 : ((Number) counts.get("usages")).longValue();
      List<Map<String, Object>> first = Rows.all(connection, "SELECT usage_id, repository, path, line, api, resolution "
          + "FROM usages WHERE model_id = ? ORDER BY repository, path, line LIMIT " + USAGES_SHOWN, id);
      Map<String, Object> group = Rows.one(connection, "SELECT status, usages, patterns, silhouette, coverage, succinctness "
          + "FROM pattern_groups WHERE group_by = 'model' AND group_key = ?", id);
      long repositories = counts == null ? 0 : ((Number) counts.get("repositories")).longValue();
      long issues = counts == null ? 0 : ((Number) counts.get("selected_issues")).longValue();
      return new ModelView(model, card, text == null ? null : (String) text.get("status"),
          text == null ? null : (String) text.get("text"), original, variants, usages, first, group, repositories, issues);
    });
  }
}
