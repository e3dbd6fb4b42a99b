package io.hfmine.web.html;

import io.hfmine.reports.Html;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Small pieces of HTML. Every text that reaches a page goes through {@link #text} or
 * {@link #attr}: GitHub and the Hub write what they like in titles, paths and ids.
 */
public final class Markup {
  private static final DateTimeFormatter MINUTES = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm", Locale.ROOT);

  private Markup() {
  }

  /** Text escaped for an element's content. */
  public static String text(Object value) {
    return Html.escape(value == null ? "" : String.valueOf(value));
  }

  /** Text escaped for a double-quoted attribute value. */
  public static String attr(Object value) {
    return Html.escape(value == null ? "" : String.valueOf(value));
  }

  /** A link to a page of this application (or a vetted external address) showing {@code text}. */
  public static String link(String href, Object text) {
    return "<a href=\"" + attr(href) + "\">" + text(text) + "</a>";
  }

  /** A link to github.com or the Hub that opens outside the application. */
  public static String externalLink(String href, Object text) {
    if (href == null || !(href.startsWith("https://github.com/") || href.startsWith("https://huggingface.co/"))) {
      return text(text);
    }
    return "<a class=\"external\" rel=\"noopener noreferrer nofollow\" target=\"_blank\" href=\"" + attr(href) + "\">"
        + text(text) + "</a>";
  }

  /** A path of this application with query parameters, each encoded; null or empty values are left out. */
  public static String url(String path, Map<String, ?> parameters) {
    StringBuilder url = new StringBuilder(path);
    char separator = path.contains("?") ? '&' : '?';
    for (Map.Entry<String, ?> parameter : parameters.entrySet()) {
      Object value = parameter.getValue();
      if (value == null || String.valueOf(value).isEmpty()) {
        continue;
      }
      url.append(separator).append(encode(parameter.getKey())).append('=').append(encode(String.valueOf(value)));
      separator = '&';
    }
    return url.toString();
  }

  /** {@code path?k1=v1&k2=v2...}; arguments alternate key and value. */
  public static String url(String path, Object... keysAndValues) {
    java.util.LinkedHashMap<String, Object> parameters = new java.util.LinkedHashMap<>();
    for (int i = 0; i + 1 < keysAndValues.length; i += 2) {
      parameters.put(String.valueOf(keysAndValues[i]), keysAndValues[i + 1]);
    }
    return url(path, parameters);
  }

  public static String encode(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  /** A whole number with thousands separators. */
  public static String count(long value) {
    return String.format(Locale.ROOT, "%,d", value);
  }

  /** A share as a rounded percentage. */
  public static String percent(double share) {
    return String.format(Locale.ROOT, "%.1f %%", share * 100);
  }

  /** A measure rounded for reading (3 significant decimals); the exports keep full precision. */
  public static String decimal(Double value) {
    return value == null || value.isNaN() ? "–" : String.format(Locale.ROOT, "%.3f", value);
  }

  /** A cell value as a person reads it: lists joined, times to the minute, numbers grouped. */
  public static String display(Object value) {
    return switch (value) {
      case null -> "";
      case List<?> list -> String.join(", ", list.stream().map(String::valueOf).toList());
      case LocalDateTime time -> time.format(MINUTES);
      case OffsetDateTime time -> time.toLocalDateTime().format(MINUTES);
      case Integer number -> count(number);
      case Long number -> count(number);
      case Double number -> decimal(number);
      case Float number -> decimal(number.doubleValue());
      case Boolean flag -> flag ? "yes" : "no";
      default -> String.valueOf(value);
    };
  }

  /** Label → value pairs as a definition list; values shown with {@link #display}, null values left out. */
  public static String facts(Map<String, ?> facts) {
    StringBuilder html = new StringBuilder("<dl class=\"facts\">");
    facts.forEach((label, value) -> {
      if (value != null && !(value instanceof List<?> list && list.isEmpty())) {
        html.append("<dt>").append(text(label)).append("</dt><dd>").append(text(display(value))).append("</dd>");
      }
    });
    return html.append("</dl>\n").toString();
  }
}
