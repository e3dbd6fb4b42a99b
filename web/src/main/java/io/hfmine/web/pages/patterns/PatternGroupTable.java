package io.hfmine.web.pages.patterns;

import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.List;

/** The pattern groups table view: how the usages of each model, library or API clustered. */
public final class PatternGroupTable {
  public static final String PATH = "/patterns";

  private PatternGroupTable() {
  }

  public static TableDefinition definition() {
    return new TableDefinition(PATH, "pattern_groups", "Usage patterns", "pattern_groups", "g", List.of(),
        List.of(
            Column.linked("group_key", "group", "g.group_key",
                row -> PatternPage.link(String.valueOf(row.get("group_by")), String.valueOf(row.get("group_key")))),
            Column.of("group_by", "by", "g.group_by"),
            Column.of("status", "status", "g.status"),
            Column.of("usages", "usages", "g.usages"),
            Column.of("patterns", "patterns", "g.patterns"),
            Column.of("noise", "noise", "g.noise"),
            Column.of("silhouette", "silhouette", "g.silhouette"),
            Column.of("coverage", "coverage", "g.coverage"),
            Column.of("succinctness", "succinctness", "g.succinctness"),
            Column.of("algorithm", "algorithm", "g.algorithm"),
            Column.of("message", "note", "g.message")),
        List.of(
            Filter.text("q", "search", "g.group_key"),
            Filter.equalsTo("by", "grouped by", "g.group_by"),
            Filter.equalsTo("status", "status", "g.status"),
            Filter.equalsTo("algorithm", "algorithm", "g.algorithm")),
        List.of(
            SortOrder.of("usages", "most usages", SortOrder.desc("g.usages"), SortOrder.asc("g.group_by"),
                SortOrder.asc("g.group_key")),
            SortOrder.of("key", "group", SortOrder.asc("g.group_by"), SortOrder.asc("g.group_key"))));
  }
}
