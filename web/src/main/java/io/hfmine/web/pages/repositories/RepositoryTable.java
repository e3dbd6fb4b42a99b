package io.hfmine.web.pages.repositories;

import io.hfmine.web.aggregates.UsageAggregates;
import io.hfmine.web.pages.issues.IssueTable;
import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.List;

/** The repositories table view: metadata of every repository with hits, and the downstream-project selection. */
public final class RepositoryTable {
  public static final String PATH = "/repositories";

  private RepositoryTable() {
  }

  public static TableDefinition definition() {
    return new TableDefinition(PATH, "repositories", "Repositories", "repositories", "r",
        List.of(TableDefinition.Join.left("rc", UsageAggregates.REPOSITORIES + " rc ON rc.repository = r.full_name")),
        List.of(
            Column.linked("full_name", "repository", "r.full_name",
                row -> IssueTable.ofRepository(String.valueOf(row.get("full_name")))),
            Column.of("status", "status", "r.status"),
            Column.of("language", "language", "r.language"),
            Column.of("stars", "stars", "r.stars"),
            Column.of("forks", "forks", "r.forks"),
            Column.of("commits", "commits", "r.commits"),
            Column.of("issues_total", "issues (GitHub)", "r.issues_total"),
            Column.of("issues_stored", "issues stored", "coalesce(rc.issues, 0)"),
            Column.of("usages", "usages", "coalesce(rc.usages, 0)"),
            Column.of("is_fork", "fork", "r.is_fork"),
            Column.of("archived", "archived", "r.archived"),
            Column.of("selected", "selected", "EXISTS (SELECT 1 FROM repository_selection s WHERE s.full_name = r.full_name)"),
            Column.of("description", "description", "r.description")),
        List.of(
            Filter.text("q", "search", "r.full_name", "r.description"),
            Filter.equalsTo("status", "status", "r.status"),
            Filter.equalsTo("language", "language", "r.language"),
            Filter.atLeast("min_stars", "stars at least", "r.stars"),
            Filter.choice("selected", "selected",
                "yes", "EXISTS (SELECT 1 FROM repository_selection s WHERE s.full_name = r.full_name)",
                "no", "NOT EXISTS (SELECT 1 FROM repository_selection s WHERE s.full_name = r.full_name)"),
            Filter.choice("fork", "fork", "yes", "r.is_fork", "no", "NOT coalesce(r.is_fork, false)")),
        List.of(
            SortOrder.of("stars", "most stars", SortOrder.desc("coalesce(r.stars, -1)"), SortOrder.asc("r.full_name")),
            SortOrder.of("name", "name", SortOrder.asc("r.full_name"))));
  }
}
