package io.hfmine.web.pages.models;

import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.ArrayList;
import java.util.List;

/** The models table view: the catalog with its card metadata, near-duplicate groups and selection. */
public final class ModelTable {
  public static final String PATH = "/models";

  private ModelTable() {
  }

  /**
   * @param seTasks whether the store holds the SE-task study's {@code se_task_items} (a facet on
   *     the SDLC activities its models were matched to)
   * @param cardSearch the full-text search of card texts, whose hits the view joins as {@code ch}
   */
  public static TableDefinition definition(boolean seTasks, Filter.Search cardSearch) {
    List<Column> columns = new ArrayList<>(List.of(
        Column.linked("id", "model", "m.id", row -> ModelPage.link(String.valueOf(row.get("id")))),
        Column.of("pipeline_tag", "pipeline tag", "m.pipeline_tag"),
        Column.of("library", "library", "m.library_name"),
        Column.of("license", "licence", "cm.license"),
        Column.of("downloads", "downloads (30 days)", "m.downloads"),
        Column.of("likes", "likes", "m.likes"),
        Column.of("dedup", "near-duplicate card", "CASE WHEN cd.model_id IS NULL THEN NULL WHEN cd.original_id = m.id "
            + "THEN 'original of ' || cd.group_size ELSE 'variant of ' || cd.original_id END"),
        Column.of("selected", "selected", "EXISTS (SELECT 1 FROM model_selection s WHERE s.model_id = m.id)"),
        Column.of("created_at", "created", "m.created_at")));
    List<Filter> filters = new ArrayList<>(List.of(
        Filter.text("q", "search", "m.id", "array_to_string(m.tags, ' ')", "m.pipeline_tag", "m.library_name"),
        Filter.search("card", "in card text", "ch.id IS NOT NULL", cardSearch),
        Filter.equalsTo("pipeline", "pipeline tag", "m.pipeline_tag"),
        Filter.equalsTo("library", "library", "m.library_name"),
        Filter.equalsTo("license", "licence", "cm.license"),
        Filter.atLeast("min_downloads", "downloads at least", "m.downloads"),
        Filter.choice("dedup", "near-duplicates",
            "original", "cd.original_id = m.id",
            "variant", "cd.original_id <> m.id",
            "unique", "cd.model_id IS NULL",
            "not-variant", "cd.model_id IS NULL OR cd.original_id = m.id"),
        Filter.choice("selected", "selected",
            "yes", "EXISTS (SELECT 1 FROM model_selection s WHERE s.model_id = m.id)",
            "no", "NOT EXISTS (SELECT 1 FROM model_selection s WHERE s.model_id = m.id)"),
        Filter.choice("searched", "code-searched",
            "yes", "EXISTS (SELECT 1 FROM code_search_slices c WHERE c.model_id = m.id)",
            "no", "NOT EXISTS (SELECT 1 FROM code_search_slices c WHERE c.model_id = m.id)"),
        Filter.choice("used", "has usages",
            "yes", "EXISTS (SELECT 1 FROM usages u WHERE u.model_id = m.id)",
            "no", "NOT EXISTS (SELECT 1 FROM usages u WHERE u.model_id = m.id)")));
    if (seTasks) {
      String activities = "(SELECT s.activities FROM se_task_items s WHERE s.item_kind = 'model' AND s.item_id = m.id)";
      columns.add(Column.of("se_activities", "SE activities", activities));
      filters.add(Filter.listContains("activity", "SE activity", activities));
    }
    return new TableDefinition(PATH, "models", "Models", "models", "m",
        List.of(TableDefinition.Join.left("cm", "card_metadata cm ON cm.model_id = m.id"),
            TableDefinition.Join.left("cd", "card_duplicates cd ON cd.model_id = m.id"),
            TableDefinition.Join.left("ch", cardSearch.hits() + " ch ON ch.id = m.id")),
        columns, filters,
        List.of(
            SortOrder.with("card", "relevance", "best match in card text", SortOrder.asc("ch.rank"), SortOrder.asc("m.id")),
            SortOrder.of("downloads", "most downloaded", SortOrder.desc("coalesce(m.downloads, -1)"), SortOrder.asc("m.id")),
            SortOrder.of("likes", "most liked", SortOrder.desc("coalesce(m.likes, -1)"), SortOrder.asc("m.id")),
            SortOrder.of("id", "id", SortOrder.asc("m.id"))));
  }
}
