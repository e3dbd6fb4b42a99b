package io.hfmine.analyzers.pick.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Turns card markdown into plain prose for matching: code blocks, HTML, images, URLs, table rules
 * and markup go; link texts, table cells and line breaks between paragraphs stay.
 */
final class MarkdownText {
  private static final Pattern HTML_COMMENT = Pattern.compile("(?s)<!--.*?-->");
  /** Style sheets and scripts: their content is code, not prose (a styled card's CSS rules would read as its first sentence). */
  private static final Pattern STYLE_OR_SCRIPT = Pattern.compile("(?is)<(style|script)\\b[^>]*>.*?</\\1\\s*>");
  private static final Pattern IMAGE = Pattern.compile("!\\[[^\\]]*]\\([^)]*\\)");
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)]\\([^)]*\\)");
  private static final Pattern REFERENCE_LINK = Pattern.compile("\\[([^\\]]+)]\\[[^\\]]*]");
  private static final Pattern URL = Pattern.compile("\\b(?:https?|ftp)://\\S+");
  private static final Pattern HTML_TAG = Pattern.compile("</?[a-zA-Z][^>]*>");
  /** A tag that may span lines (a styled {@code <div>} over several); no {@code <} inside, so it cannot swallow text. */
  private static final Pattern HTML_TAG_LINES = Pattern.compile("</?[a-zA-Z][^<>]{0,2000}>");
  private static final Pattern TABLE_RULE = Pattern.compile("^\\|?\\s*:?-{2,}:?\\s*(\\|\\s*:?-{2,}:?\\s*)*\\|?$");
  private static final Pattern LIST_MARK = Pattern.compile("^(?:[-*+]|\\d{1,3}[.)])\\s+");
  private static final Pattern HEADING_MARK = Pattern.compile("^#{1,6}\\s+");
  private static final Pattern EMPHASIS = Pattern.compile("(\\*{1,3}|_{2,3}|`+|~~)");
  private static final Pattern SPACES = Pattern.compile("[ \\t\\u00A0]+");
  private static final Pattern NEWLINE = Pattern.compile("\\r?\\n");

  private MarkdownText() {
  }

  /** Plain text of a markdown fragment; paragraphs and list items stay on lines of their own. */
  static String plain(String markdown) {
    if (markdown == null || markdown.isBlank()) {
      return "";
    }
    String text = markdown.contains("<!--") ? HTML_COMMENT.matcher(markdown).replaceAll(" ") : markdown;
    text = text.contains("</") ? STYLE_OR_SCRIPT.matcher(text).replaceAll(" ") : text;
    // Tags go before URLs: a URL inside an attribute would otherwise take the tag's closing ">" with it.
    text = text.indexOf('<') >= 0 ? HTML_TAG_LINES.matcher(text).replaceAll(" ") : text;
    List<String> lines = new ArrayList<>();
    String fence = null;
    // Each pattern runs only on lines holding the character it needs: most lines of a card are plain prose.
    for (String raw : NEWLINE.split(text)) {
      String line = raw.strip();
      if (fence != null) {
        if (line.startsWith(fence)) {
          fence = null;
        }
        continue;
      }
      if (line.startsWith("```") || line.startsWith("~~~")) {
        fence = line.substring(0, 3);
        continue;
      }
      if (line.indexOf('-') >= 0 && TABLE_RULE.matcher(line).matches()) {
        continue;
      }
      if (line.indexOf('[') >= 0) {
        line = IMAGE.matcher(line).replaceAll(" ");
        line = LINK.matcher(line).replaceAll("$1");
        line = REFERENCE_LINK.matcher(line).replaceAll("$1");
      }
      if (line.contains("://")) {
        line = URL.matcher(line).replaceAll(" ");
      }
      if (line.indexOf('<') >= 0) {
        line = HTML_TAG.matcher(line).replaceAll(" ");
      }
      if (line.indexOf('&') >= 0) {
        line = line.replace("&nbsp;", " ").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">");
      }
      while (line.startsWith(">")) {
        line = line.substring(1).strip();
      }
      if (line.startsWith("#")) {
        line = HEADING_MARK.matcher(line).replaceFirst("");
      }
      if (!line.isEmpty() && (!Character.isLetter(line.charAt(0)) || Character.isDigit(line.charAt(0)))) {
        line = LIST_MARK.matcher(line).replaceFirst("");
      }
      if (line.startsWith("|")) {
        line = line.replace('|', ' ');
      }
      if (line.indexOf('*') >= 0 || line.indexOf('_') >= 0 || line.indexOf('`') >= 0 || line.indexOf('~') >= 0) {
        line = EMPHASIS.matcher(line).replaceAll("");
      }
      line = SPACES.matcher(line).replaceAll(" ").strip();
      if (line.isEmpty()) {
        if (!lines.isEmpty() && !lines.getLast().isEmpty()) {
          lines.add("");
        }
      } else {
        lines.add(line);
      }
    }
    while (!lines.isEmpty() && lines.getLast().isEmpty()) {
      lines.removeLast();
    }
    return String.join("\n", lines);
  }

  /** Number of words (runs of letters or digits) in a text. */
  static int words(String text) {
    int count = 0;
    boolean inWord = false;
    for (int i = 0; i < text.length(); i++) {
      boolean letter = Character.isLetterOrDigit(text.charAt(i));
      if (letter && !inWord) {
        count++;
      }
      inWord = letter;
    }
    return count;
  }

  /** The text cut at a word boundary to at most {@code max} characters. */
  static String cut(String text, int max) {
    if (text.length() <= max) {
      return text;
    }
    int end = text.lastIndexOf(' ', max);
    return text.substring(0, end > max / 2 ? end : max).strip();
  }
}
