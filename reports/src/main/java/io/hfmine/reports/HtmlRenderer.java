package io.hfmine.reports;

import io.hfmine.reports.ReportDocument.Block;
import io.hfmine.reports.ReportDocument.Figure;
import io.hfmine.reports.ReportDocument.Heading;
import io.hfmine.reports.ReportDocument.ItemList;
import io.hfmine.reports.ReportDocument.Paragraph;
import io.hfmine.reports.ReportDocument.Table;

/** One self-contained HTML page: inline CSS and SVG, no script, nothing fetched from the network. */
public final class HtmlRenderer {
  private static final String STYLE = """
      body { font-family: system-ui, sans-serif; max-width: 940px; margin: 2em auto; padding: 0 1em; color: #222;
             line-height: 1.45; }
      h1 { border-bottom: 2px solid #1b6ca8; padding-bottom: .2em; }
      h2 { margin-top: 2em; border-bottom: 1px solid #ccc; }
      table { border-collapse: collapse; margin: .8em 0 1.4em; font-size: 13px; }
      th, td { border: 1px solid #ccc; padding: 3px 8px; }
      th { background: #f1f4f8; text-align: left; }
      td { vertical-align: top; }
      td.num { text-align: right; font-variant-numeric: tabular-nums; white-space: nowrap; }
      figure { margin: 1em 0 1.6em; }
      figcaption { font-size: 13px; color: #444; margin-top: .3em; }
      svg { max-width: 100%; height: auto; }
      pre { background: #f6f8fa; padding: .6em .8em; font-size: 12px; white-space: pre-wrap; overflow-wrap: anywhere; }
      """;

  private static final java.util.regex.Pattern NUMBER =
      java.util.regex.Pattern.compile("[-+]?[0-9][0-9,]*(\\.[0-9]+)?(e[-+][0-9]+)?");

  private HtmlRenderer() {
  }

  public static String render(ReportDocument document) {
    StringBuilder html = new StringBuilder();
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(Html.escape(document.title())).append("</title>\n<style>\n").append(STYLE)
        .append("</style>\n</head>\n<body>\n<h1>").append(Html.escape(document.title())).append("</h1>\n");
    for (Block block : document.blocks()) {
      switch (block) {
        case Heading h -> html.append("<h").append(h.level()).append('>').append(Html.escape(h.text()))
            .append("</h").append(h.level()).append(">\n");
        case Paragraph p -> html.append("<p>").append(Html.escape(p.text())).append("</p>\n");
        case ItemList l -> {
          html.append("<ul>\n");
          l.items().forEach(item -> html.append("<li>").append(Html.escape(item)).append("</li>\n"));
          html.append("</ul>\n");
        }
        case Table t -> table(t, html);
        case ReportDocument.Code c -> html.append("<pre><code class=\"language-").append(Html.escape(c.language()))
            .append("\">").append(Html.escape(c.text())).append("</code></pre>\n");
        case Figure f -> html.append("<figure id=\"").append(Html.escape(f.id())).append("\">\n").append(f.svg())
            .append("\n<figcaption>").append(Html.escape(f.caption())).append("</figcaption>\n</figure>\n");
      }
    }
    html.append("</body>\n</html>\n");
    return html.toString();
  }

  private static void table(Table table, StringBuilder html) {
    html.append("<table>\n<thead><tr>");
    table.headers().forEach(h -> html.append("<th>").append(Html.escape(h)).append("</th>"));
    html.append("</tr></thead>\n<tbody>\n");
    for (java.util.List<String> row : table.rows()) {
      html.append("<tr>");
      for (int c = 0; c < row.size(); c++) {
        boolean numeric = table.numeric() && c > 0 || NUMBER.matcher(row.get(c)).matches();
        html.append(numeric ? "<td class=\"num\">" : "<td>").append(Html.escape(row.get(c))).append("</td>");
      }
      html.append("</tr>\n");
    }
    html.append("</tbody>\n</table>\n");
  }
}
