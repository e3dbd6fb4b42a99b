package io.hfmine.web.html;

import static io.hfmine.web.html.Markup.attr;
import static io.hfmine.web.html.Markup.text;

import java.util.List;

/** The frame of every page: navigation, title, the store it reads, the stylesheet and the script. */
public final class Layout {
  private static final List<String[]> NAVIGATION = List.of(
      new String[] {"/", "Overview"},
      new String[] {"/models", "Models"},
      new String[] {"/hits", "Code hits"},
      new String[] {"/usages", "Usages"},
      new String[] {"/patterns", "Patterns"},
      new String[] {"/repositories", "Repositories"},
      new String[] {"/issues", "Issues"},
      new String[] {"/annotate", "Annotate"},
      new String[] {"/report", "Report"});

  private final String storeName;

  public Layout(String storeName) {
    this.storeName = storeName;
  }

  /** A whole page; {@code body} is HTML already escaped where it holds outside text. */
  public String page(String section, String title, String body) {
    StringBuilder html = new StringBuilder(body.length() + 2048);
    html.append("<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n")
        .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n")
        .append("<title>").append(text(title)).append(" · hfmine</title>\n")
        .append("<link rel=\"stylesheet\" href=\"/assets/app.css\">\n")
        .append("<script src=\"/assets/app.js\" defer></script>\n</head>\n<body>\n<header><nav>");
    for (String[] item : NAVIGATION) {
      boolean current = item[0].equals(section);
      html.append("<a href=\"").append(attr(item[0])).append('"').append(current ? " aria-current=\"page\"" : "")
          .append('>').append(text(item[1])).append("</a>");
    }
    html.append("</nav><span class=\"store\" title=\"the store this server reads\">").append(text(storeName))
        .append("</span></header>\n<main>\n<h1>").append(text(title)).append("</h1>\n").append(body)
        .append("\n</main>\n</body>\n</html>\n");
    return html.toString();
  }
}
