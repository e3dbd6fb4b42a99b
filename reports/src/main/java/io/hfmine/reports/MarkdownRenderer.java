package io.hfmine.reports;

import io.hfmine.reports.ReportDocument.Block;
import io.hfmine.reports.ReportDocument.Figure;
import io.hfmine.reports.ReportDocument.Heading;
import io.hfmine.reports.ReportDocument.ItemList;
import io.hfmine.reports.ReportDocument.Paragraph;
import io.hfmine.reports.ReportDocument.Table;
import java.util.List;

/** GitHub-flavoured Markdown; figures link to SVG files written beside it under {@code figures/}. */
public final class MarkdownRenderer {
  /** Directory of the SVG files, relative to the Markdown file. */
  public static final String FIGURES = "figures";

  private MarkdownRenderer() {
  }

  public static String render(ReportDocument document) {
    StringBuilder md = new StringBuilder("# ").append(document.title()).append("\n\n");
    for (Block block : document.blocks()) {
      switch (block) {
        case Heading h -> md.append("#".repeat(h.level())).append(' ').append(h.text()).append("\n\n");
        case Paragraph p -> md.append(p.text()).append("\n\n");
        case ItemList l -> {
          l.items().forEach(item -> md.append("- ").append(item).append('\n'));
          md.append('\n');
        }
        case Table t -> table(t, md);
        case ReportDocument.Code c -> md.append("```").append(c.language()).append('\n').append(c.text().replace("```", "`\u200b``"))
            .append("\n```\n\n");
        case Figure f -> md.append("![").append(f.caption().replace("]", ")")).append("](").append(FIGURES).append('/')
            .append(f.id()).append(".svg)\n\n*").append(f.caption()).append("*\n\n");
      }
    }
    return md.toString();
  }

  private static void table(Table table, StringBuilder md) {
    md.append("| ").append(String.join(" | ", table.headers().stream().map(MarkdownRenderer::cell).toList()))
        .append(" |\n|");
    for (int c = 0; c < table.headers().size(); c++) {
      md.append(table.numeric() && c > 0 ? " ---: |" : " --- |");
    }
    md.append('\n');
    for (List<String> row : table.rows()) {
      md.append("| ").append(String.join(" | ", row.stream().map(MarkdownRenderer::cell).toList())).append(" |\n");
    }
    md.append('\n');
  }

  private static String cell(String text) {
    return text.replace("|", "\\|").replace("\n", " ");
  }
}
