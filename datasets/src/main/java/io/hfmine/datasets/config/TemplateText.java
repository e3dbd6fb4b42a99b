package io.hfmine.datasets.config;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Fills a configured template's {@code {name}} placeholders in one pass, so that a value that
 * itself holds a placeholder's spelling (an issue body quoting {@code {comments}}, a snippet with
 * {@code {group}}) is sent as written instead of being filled in turn. A placeholder the map does
 * not name stays as it is.
 */
public final class TemplateText {
  private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-z][a-z-]*)}");

  private TemplateText() {
  }

  public static String fill(String template, Map<String, String> values) {
    Matcher matcher = PLACEHOLDER.matcher(template);
    StringBuilder filled = new StringBuilder(template.length());
    while (matcher.find()) {
      String value = values.get(matcher.group(1));
      matcher.appendReplacement(filled, Matcher.quoteReplacement(value == null ? matcher.group() : value));
    }
    return matcher.appendTail(filled).toString();
  }
}
