package io.hfmine.web;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.code.SourceCode;
import io.hfmine.web.html.Layout;
import io.hfmine.web.http.SessionGuard;
import io.hfmine.web.markdown.MarkdownHtml;
import io.hfmine.web.pages.issues.PreferredLabels;
import io.hfmine.web.table.PagePositions;
import io.hfmine.web.table.TableCounts;
import io.javalin.http.Context;

/**
 * What every page works with: the store, the frame, the settings, the write guard, the renderers
 * the table counts held until the next write and the numbered orders of unfiltered pages.
 */
public record Site(Store store, ServeSpec spec, Layout layout, SessionGuard guard, PreferredLabels labels,
    SourceCode code, MarkdownHtml markdown, Writes writes, TableCounts counts, PagePositions positions) {

  public ServeSettings settings() {
    return spec.settings();
  }

  public Taxonomy taxonomy() {
    return spec.taxonomy();
  }

  /** Answers with a whole page. */
  public void page(Context ctx, String section, String title, String body) {
    ctx.html(layout.page(section, title, body));
  }

  /** A required query parameter, or a 400 naming it. */
  public static String required(Context ctx, String name) {
    String value = ctx.queryParam(name);
    if (value == null || value.isBlank()) {
      throw new io.hfmine.web.table.BadRequestException("the address lacks the parameter " + name);
    }
    return value;
  }
}
