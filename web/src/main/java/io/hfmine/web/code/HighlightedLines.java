package io.hfmine.web.code;

import io.hfmine.web.html.Markup;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/** Turns source bytes and a token class per byte into escaped HTML, one string per source line. */
final class HighlightedLines {
  private HighlightedLines() {
  }

  static List<String> render(byte[] utf8, byte[] classes) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    int start = 0;
    for (int i = 0; i <= utf8.length; i++) {
      boolean end = i == utf8.length;
      boolean newline = !end && utf8[i] == '\n';
      boolean boundary = end || newline || classes[i] != classes[start];
      if (boundary && i > start) {
        segment(utf8, start, i, classes[start], line);
      }
      if (newline) {
        lines.add(stripCarriageReturn(line));
        line.setLength(0);
        start = i + 1;
      } else if (boundary) {
        start = i;
      }
    }
    lines.add(stripCarriageReturn(line));
    if (lines.size() > 1 && lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    return lines;
  }

  private static void segment(byte[] utf8, int from, int to, byte code, StringBuilder line) {
    String text = Markup.text(new String(utf8, from, to - from, StandardCharsets.UTF_8));
    if (code == 0) {
      line.append(text);
    } else {
      line.append("<span class=\"tok-").append(TokenClass.css(code)).append("\">").append(text).append("</span>");
    }
  }

  private static String stripCarriageReturn(StringBuilder line) {
    int length = line.length();
    return length > 0 && line.charAt(length - 1) == '\r' ? line.substring(0, length - 1) : line.toString();
  }
}
