package io.hfmine.web.pages.crawl;

import io.hfmine.web.table.Column;
import io.hfmine.web.table.Filter;
import io.hfmine.web.table.SortOrder;
import io.hfmine.web.table.TableDefinition;
import java.util.List;

/** The crawl units table view: every unit of crawl work, its state and its last error. */
public final class CrawlUnitTable {
  public static final String PATH = "/crawl-units";

  private CrawlUnitTable() {
  }

  public static TableDefinition definition() {
    return new TableDefinition(PATH, "crawl_units", "Crawl units", "crawl_units", "c", List.of(),
        List.of(
            Column.of("kind", "kind", "c.kind"),
            Column.of("unit_key", "unit", "c.unit_key"),
            Column.of("state", "state", "c.state"),
            Column.of("attempts", "attempts", "c.attempts"),
            Column.of("items", "items", "c.items"),
            Column.of("last_error", "last error", "c.last_error"),
            Column.of("updated_at", "updated", "c.updated_at")),
        List.of(
            Filter.text("q", "search", "c.unit_key", "c.last_error"),
            Filter.equalsTo("kind", "kind", "c.kind"),
            Filter.equalsTo("state", "state", "c.state")),
        List.of(SortOrder.of("kind", "kind and unit", SortOrder.asc("c.kind"), SortOrder.asc("c.unit_key"))));
  }
}
