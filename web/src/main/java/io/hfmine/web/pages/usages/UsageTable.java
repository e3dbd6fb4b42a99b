package io.hfmine.web.pages.usages;

import io.hfmine.web.pages.models.ModelPage;
import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.List;

/** The usages table view: every model-loading call found by parsing, where it is and what it loads. */
public final class UsageTable {
  public static final String PATH = "/usages";

  private UsageTable() {
  }

  public static TableDefinition definition() {
    return new TableDefinition(PATH, "usages", "Usages", "usages", "u", List.of(),
        List.of(
            Column.linked("location", "where", "coalesce(u.repository || ':', '') || u.path || ':' || u.line",
                row -> UsagePage.link(String.valueOf(row.get("usage_id")))),
            Column.linked("model_id", "model", "u.model_id", row -> ModelPage.link(String.valueOf(row.get("model_id")))),
            Column.of("model_literal", "as written", "u.model_literal"),
            Column.of("library", "library", "u.library"),
            Column.of("api", "API", "u.api"),
            Column.of("kind", "kind", "u.kind"),
            Column.of("resolution", "resolution", "u.resolution"),
            Column.of("condition", "condition", "u.condition"),
            Column.of("language", "language", "u.language"),
            Column.of("usage_id", "usage id", "u.usage_id"),
            Column.of("repository", "repository", "u.repository"),
            Column.of("path", "path", "u.path"),
            Column.of("line", "line", "u.line"),
            Column.of("blob_sha", "blob sha", "u.blob_sha")),
        List.of(
            Filter.text("q", "search", "u.path", "u.model_literal", "u.repository"),
            Filter.exact("model", "model", "u.model_id"),
            Filter.equalsTo("library", "library", "u.library"),
            Filter.equalsTo("api", "API", "u.api"),
            Filter.equalsTo("kind", "kind", "u.kind"),
            Filter.equalsTo("resolution", "resolution", "u.resolution"),
            Filter.equalsTo("language", "language", "u.language"),
            Filter.exact("repository", "repository", "u.repository"),
            Filter.choice("verified", "hit verified",
                "yes", "EXISTS (SELECT 1 FROM hit_verifications v WHERE v.blob_sha = u.blob_sha "
                    + "AND v.model_id = u.model_id AND v.verdict = 'verified')")),
        List.of(
            SortOrder.of("location", "repository, path, line", SortOrder.asc("coalesce(u.repository, '')"),
                SortOrder.asc("u.path"), SortOrder.asc("u.line"), SortOrder.asc("u.usage_id")),
            SortOrder.of("model", "model", SortOrder.asc("coalesce(u.model_id, '')"), SortOrder.asc("u.usage_id"))));
  }
}
