package io.hfmine.analyzers.pick.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A card body cut at its headings: ATX headings ({@code ## Uses}), setext headings (a line
 * underlined with {@code ===} or {@code ---}) and bold-only lines that cards use as headings
 * ({@code **Limitations**}). Headings inside code fences are not headings.
 *
 * <p>Each section holds its direct content: the lines up to the next heading of any level, so a
 * sub-section's text is never counted twice.
 */
final class CardSections {
  private static final Pattern ATX = Pattern.compile("^ {0,3}(#{1,6})\\s+(.*?)\\s*#*\\s*$");
  private static final Pattern BOLD_LINE = Pattern.compile("^\\s*(?:\\*\\*|__)([^*_]{2,80}?)(?:\\*\\*|__)\\s*:?\\s*$");
  private static final Pattern SETEXT = Pattern.compile("^ {0,3}(=+|-+)\\s*$");
  private static final Pattern NEWLINE = Pattern.compile("\\r?\\n");
  /** Bold-only lines are weaker than any markdown heading level. */
  static final int BOLD_LEVEL = 7;

  /** A heading (null for the text before the first heading) and its direct content. */
  record Section(int level, String heading, String content, int line) {
  }

  private CardSections() {
  }

  static List<Section> of(String body) {
    List<Section> sections = new ArrayList<>();
    String[] lines = body == null ? new String[0] : NEWLINE.split(body, -1);
    int level = 0;
    String heading = null;
    int headingLine = 0;
    StringBuilder content = new StringBuilder();
    String fence = null;
    for (int i = 0; i < lines.length; i++) {
      String line = lines[i];
      String stripped = line.strip();
      if (fence != null) {
        if (stripped.startsWith(fence)) {
          fence = null;
        }
        content.append(line).append('\n');
        continue;
      }
      if (stripped.startsWith("```") || stripped.startsWith("~~~")) {
        fence = stripped.substring(0, 3);
        content.append(line).append('\n');
        continue;
      }
      // Cheap first-character tests keep the patterns off the prose lines.
      Matcher atx = stripped.startsWith("#") ? ATX.matcher(line) : null;
      Matcher bold = stripped.startsWith("**") || stripped.startsWith("__") ? BOLD_LINE.matcher(line) : null;
      String next = i + 1 < lines.length ? lines[i + 1].strip() : "";
      boolean setext = !stripped.isEmpty() && (next.startsWith("=") || next.startsWith("-"))
          && SETEXT.matcher(lines[i + 1]).matches()
          && !stripped.startsWith("|") && !stripped.startsWith("-") && !stripped.startsWith("*");
      int nextLevel;
      String nextHeading;
      if (atx != null && atx.matches()) {
        nextLevel = atx.group(1).length();
        nextHeading = atx.group(2);
      } else if (setext) {
        nextLevel = next.startsWith("=") ? 1 : 2;
        nextHeading = stripped;
      } else if (bold != null && bold.matches()) {
        nextLevel = BOLD_LEVEL;
        nextHeading = bold.group(1).strip();
      } else {
        content.append(line).append('\n');
        continue;
      }
      sections.add(new Section(level, heading, content.toString(), headingLine));
      content.setLength(0);
      level = nextLevel;
      heading = MarkdownText.plain(nextHeading);
      headingLine = i + 1;
      if (setext) {
        i++;
      }
    }
    sections.add(new Section(level, heading, content.toString(), headingLine));
    return sections;
  }
}
