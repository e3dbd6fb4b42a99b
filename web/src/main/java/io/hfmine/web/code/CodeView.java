package io.hfmine.web.code;

import java.util.List;

/** A code block: numbered lines, one of them marked, each line an anchor ({@code #L12}). */
public final class CodeView {
  private CodeView() {
  }

  /**
   * @param htmlLines the lines, already escaped and highlighted
   * @param firstLine the file line of the first one; -1 numbers nothing
   * @param markedLine the file line to mark (the call); -1 marks nothing
   * @param idPrefix prefix of line anchors, so several blocks fit on one page
   */
  public static String block(List<String> htmlLines, int firstLine, int markedLine, String idPrefix) {
    StringBuilder html = new StringBuilder("<pre class=\"code\"><code>");
    for (int i = 0; i < htmlLines.size(); i++) {
      int number = firstLine < 0 ? -1 : firstLine + i;
      boolean marked = number >= 0 && number == markedLine;
      html.append("<span class=\"line").append(marked ? " marked" : "").append('"');
      if (number >= 0) {
        html.append(" id=\"").append(idPrefix).append('L').append(number).append('"');
      }
      if (marked) {
        html.append(" title=\"the loading call\"");
      }
      html.append("><span class=\"ln\">").append(number >= 0 ? String.valueOf(number) : "").append("</span>")
          .append(htmlLines.get(i)).append("</span>");
    }
    return html.append("</code></pre>").toString();
  }
}
