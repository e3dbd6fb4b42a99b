package io.hfmine.web.table;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.count;
import static io.hfmine.web.html.Markup.text;

import io.hfmine.web.html.Markup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A table view as HTML: the filter form with facet counts, the rows, paging and the export links. */
public final class TableHtml {
  private TableHtml() {
  }

  public static String render(TableDefinition table, TableRequest request, TableResult result) {
    StringBuilder html = new StringBuilder();
    filters(table, request, result, html);
    html.append("<p class=\"summary\"><span id=\"row-count\">").append(count(result.total())).append("</span> ")
        .append(result.total() == 1 ? "row" : "rows").append(" match");
    if (!request.filters().isEmpty()) {
      html.append(" · ").append(Markup.link(table.path(), "clear filters"));
    }
    html.append(" · download what you see: ")
        .append(exportLink(table, request, TableExport.Format.CSV)).append(' ')
        .append(exportLink(table, request, TableExport.Format.JSON)).append("</p>\n");
    rows(table, result, html);
    paging(table, request, result, html);
    return html.toString();
  }

  private static String exportLink(TableDefinition table, TableRequest request, TableExport.Format format) {
    Map<String, Object> parameters = new LinkedHashMap<>(request.parameters());
    parameters.put(TableRequest.FORMAT, format.extension());
    return "<a class=\"export\" download=\"" + attr(table.name() + "." + format.extension()) + "\" href=\""
        + attr(Markup.url(table.path(), parameters)) + "\">" + format.extension().toUpperCase(java.util.Locale.ROOT)
        + "</a>";
  }

  private static void filters(TableDefinition table, TableRequest request, TableResult result, StringBuilder html) {
    html.append("<form class=\"filters\" method=\"get\" action=\"").append(attr(table.path())).append("\">\n");
    for (Filter filter : table.filters()) {
      String current = request.filters().get(filter.param());
      html.append("<label>").append(text(filter.label())).append(' ');
      List<TableResult.FacetValue> facet = result.facets().get(filter.param());
      if (facet != null || !filter.choices().isEmpty()) {
        html.append("<select name=\"").append(attr(filter.param())).append("\"><option value=\"\">any</option>");
        boolean currentListed = current == null;
        if (facet != null) {
          for (TableResult.FacetValue choice : facet) {
            boolean selected = choice.value().equals(current);
            currentListed |= selected;
            html.append("<option value=\"").append(attr(choice.value())).append('"').append(selected ? " selected" : "")
                .append('>').append(text(choice.value())).append(" (").append(count(choice.rows())).append(")</option>");
          }
        } else {
          for (String choice : filter.choices().keySet()) {
            boolean selected = choice.equals(current);
            currentListed |= selected;
            html.append("<option value=\"").append(attr(choice)).append('"').append(selected ? " selected" : "")
                .append('>').append(text(choice)).append("</option>");
          }
        }
        if (!currentListed) {
          html.append("<option selected value=\"").append(attr(current)).append("\">").append(text(current))
              .append("</option>");
        }
        html.append("</select>");
      } else {
        html.append("<input type=\"").append(filter.kind() == Filter.Kind.AT_LEAST ? "number" : "search")
            .append("\" name=\"").append(attr(filter.param())).append("\" value=\"")
            .append(attr(current == null ? "" : current)).append("\">");
      }
      html.append("</label>\n");
    }
    List<SortOrder> offered = table.offered(request);
    if (offered.size() > 1) {
      html.append("<label>order <select name=\"sort\">");
      SortOrder chosen = table.order(request);
      for (SortOrder order : offered) {
        html.append("<option value=\"").append(attr(order.name())).append('"')
            .append(order == chosen ? " selected" : "").append('>').append(text(order.label())).append("</option>");
      }
      html.append("</select></label>\n");
    }
    html.append("<button type=\"submit\">apply</button>\n</form>\n");
  }

  private static void rows(TableDefinition table, TableResult result, StringBuilder html) {
    html.append("<div class=\"scroll\"><table class=\"data\" id=\"").append(attr(table.name())).append("\">\n<thead><tr>");
    for (Column column : table.columns()) {
      html.append("<th>").append(text(column.label())).append("</th>");
    }
    html.append("</tr></thead>\n<tbody>\n");
    for (Map<String, Object> row : result.rows()) {
      html.append("<tr>");
      for (Column column : table.columns()) {
        Object value = row.get(column.key());
        boolean numeric = value instanceof Number;
        html.append(numeric ? "<td class=\"num\">" : "<td>");
        String shown = Markup.display(value);
        String href = column.link() == null || value == null ? null : column.link().apply(row);
        html.append(href == null ? text(shown) : Markup.link(href, shown)).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table></div>\n");
  }

  private static void paging(TableDefinition table, TableRequest request, TableResult result, StringBuilder html) {
    html.append("<p class=\"paging\">");
    if (request.after() != null) {
      html.append(Markup.link(Markup.url(table.path(), request.parameters()), "« first page")).append(' ');
    }
    if (result.next() != null) {
      Map<String, Object> parameters = new LinkedHashMap<>(request.parameters());
      parameters.put(TableRequest.AFTER, result.next());
      html.append("<a rel=\"next\" href=\"").append(attr(Markup.url(table.path(), parameters)))
          .append("\">next page »</a>");
    }
    html.append("</p>\n");
  }
}
