package io.hfmine.web.pages.usages;

import io.hfmine.web.pages.models.ModelPage;
import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.List;

/** The code hits table view: each file code search found for a model, its fetch and its verification verdict. */
public final class HitTable {
  public static final String PATH = "/hits";

  private HitTable() {
  }

  public static TableDefinition definition() {
    return new TableDefinition(PATH, "code_hits", "Code hits", "code_hits", "h",
        List.of(TableDefinition.Join.left("v", "hit_verifications v ON v.model_id = h.model_id AND v.blob_sha = h.blob_sha"),
            TableDefinition.Join.left("f", "files f ON f.blob_sha = h.blob_sha")),
        List.of(
            Column.linked("model_id", "model", "h.model_id", row -> ModelPage.link(String.valueOf(row.get("model_id")))),
            Column.of("repository", "repository", "h.repository"),
            Column.of("path", "path", "h.path"),
            Column.of("verdict", "verdict", "v.verdict"),
            Column.of("detail", "evidence", "v.detail"),
            Column.of("file", "file", "coalesce(f.status || coalesce(' (' || f.skip_reason || ')', ''), 'not fetched')"),
            Column.of("slice", "search slice", "h.slice"),
            Column.of("blob_sha", "blob sha", "h.blob_sha"),
            Column.of("html_url", "GitHub", "h.html_url")),
        List.of(
            Filter.text("q", "search", "h.path", "h.repository"),
            Filter.exact("model", "model", "h.model_id"),
            Filter.exact("repository", "repository", "h.repository"),
            Filter.equalsTo("verdict", "verdict", "v.verdict"),
            Filter.equalsTo("file", "file", "coalesce(f.status, 'not fetched')")),
        List.of(SortOrder.of("model", "model, repository, path", SortOrder.asc("h.model_id"),
            SortOrder.asc("h.repository"), SortOrder.asc("h.path"), SortOrder.asc("h.blob_sha"))));
  }
}
