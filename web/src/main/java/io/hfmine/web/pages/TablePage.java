package io.hfmine.web.pages;

import io.hfmine.web.Site;
import io.hfmine.web.table.TableDefinition;
import io.hfmine.web.table.TableExport;
import io.hfmine.web.table.TableHtml;
import io.hfmine.web.table.TableReader;
import io.hfmine.web.table.TableRequest;
import io.hfmine.web.table.TableResult;
import io.javalin.http.Context;
import io.javalin.http.Handler;

/**
 * A table view's page: filters, facets and one page of rows; with {@code format=csv|json} the
 * same filtered rows as a download.
 */
public final class TablePage implements Handler {
  private final Site site;
  private final TableDefinition table;
  private final String section;
  private final String introduction;

  public TablePage(Site site, TableDefinition table, String section, String introduction) {
    this.site = site;
    this.table = table;
    this.section = section;
    this.introduction = introduction;
  }

  @Override
  public void handle(Context ctx) throws Exception {
    TableRequest request = TableRequest.from(table, ctx.queryParamMap());
    String format = ctx.queryParam(TableRequest.FORMAT);
    if (format != null) {
      TableExport.Format chosen = TableExport.Format.parse(format);
      ctx.contentType(chosen.mediaType());
      ctx.header("Content-Disposition", "attachment; filename=\"" + table.name() + "." + chosen.extension() + "\"");
      TableExport.write(site.store(), table, request, chosen, ctx.outputStream());
      return;
    }
    TableResult result = TableReader.read(site.store(), table, request, site.settings().pageSize(),
        site.counts(), site.positions());
    site.page(ctx, section, table.title(), "<p class=\"intro\">" + introduction + "</p>\n"
        + TableHtml.render(table, request, result));
  }
}
