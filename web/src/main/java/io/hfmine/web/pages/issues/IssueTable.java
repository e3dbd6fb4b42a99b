package io.hfmine.web.pages.issues;

import io.hfmine.web.html.Markup;
import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.List;

/** The issues table view: every issue with the PTM relevance and themes that count (the preferred source). */
public final class IssueTable {
  public static final String PATH = "/issues";

  private IssueTable() {
  }

  public static TableDefinition definition() {
    String ptm = "p.ptm";
    return new TableDefinition(PATH, "issues", "Issues", "issues", "i",
        List.of(TableDefinition.Join.left("p", PreferredLabels.TABLE + " p ON p.repository = i.repository "
            + "AND p.issue_number = i.number")),
        List.of(
            Column.linked("id", "issue", "i.repository || '#' || i.number",
                row -> IssuePage.link(String.valueOf(row.get("repository")), ((Number) row.get("number")).intValue())),
            Column.of("repository", "repository", "i.repository"),
            Column.of("number", "number", "i.number"),
            Column.of("title", "title", "i.title"),
            Column.of("state", "state", "i.state"),
            Column.of("ptm", "PTM-related", ptm),
            Column.of("themes", "themes", "p.themes"),
            Column.of("labels", "GitHub labels", "i.labels"),
            Column.of("comments", "comments", "i.comments_count"),
            Column.of("created_at", "created", "i.created_at"),
            Column.of("closed_at", "closed", "i.closed_at")),
        List.of(
            Filter.text("q", "search", "i.title", "i.body"),
            Filter.equalsTo("repository", "repository", "i.repository"),
            Filter.equalsTo("state", "state", "i.state"),
            Filter.choice("ptm", "PTM-related", "yes", "p.ptm = 'yes'", "no", "p.ptm = 'no'",
                "unlabelled", "p.ptm IS NULL"),
            Filter.listContains("theme", "theme", "p.themes"),
            Filter.condition("model", "uses model",
                "EXISTS (SELECT 1 FROM usages u WHERE u.repository = i.repository AND u.model_id = ?)"),
            Filter.choice("selected", "selected project",
                "yes", "EXISTS (SELECT 1 FROM repository_selection s WHERE s.full_name = i.repository)",
                "no", "NOT EXISTS (SELECT 1 FROM repository_selection s WHERE s.full_name = i.repository)"),
            Filter.choice("sampled", "sampled",
                "resolution", "EXISTS (SELECT 1 FROM resolution_values v WHERE v.scope = 'group' "
                    + "AND v.repository = i.repository AND v.issue_number = i.number)",
                "annotation", "EXISTS (SELECT 1 FROM annotation_sample_issues a WHERE a.repository = i.repository "
                    + "AND a.issue_number = i.number)")),
        List.of(
            SortOrder.of("id", "repository and number", SortOrder.asc("i.repository"), SortOrder.asc("i.number")),
            SortOrder.of("newest", "newest first", SortOrder.desc("epoch_us(i.created_at)"), SortOrder.asc("i.repository"),
                SortOrder.asc("i.number")),
            SortOrder.of("comments", "most comments", SortOrder.desc("coalesce(i.comments_count, 0)"),
                SortOrder.asc("i.repository"), SortOrder.asc("i.number"))));
  }

  /** The table filtered to issues of one repository. */
  public static String ofRepository(String repository) {
    return Markup.url(PATH, "repository", repository);
  }
}
