package io.hfmine.web.markdown;

import java.util.Locale;
import java.util.Set;
import org.commonmark.renderer.html.UrlSanitizer;

/**
 * Keeps only absolute http(s) and mailto addresses in rendered Markdown. Any other scheme
 * ({@code javascript:}, {@code data:}, {@code vbscript:}, also when written with entities, mixed
 * case or embedded control characters) and relative addresses (which would point into this
 * application) become {@code #}.
 */
final class SafeUrls implements UrlSanitizer {
  private static final Set<String> SCHEMES = Set.of("http", "https", "mailto");

  @Override
  public String sanitizeLinkUrl(String url) {
    return safe(url);
  }

  @Override
  public String sanitizeImageUrl(String url) {
    return safe(url);
  }

  static String safe(String url) {
    if (url == null) {
      return "#";
    }
    // Browsers drop whitespace and control characters inside a scheme ("java\tscript:").
    StringBuilder cleaned = new StringBuilder();
    for (char c : url.strip().toCharArray()) {
      if (c > ' ' && c != 0x7f) {
        cleaned.append(c);
      }
    }
    String text = cleaned.toString();
    int colon = text.indexOf(':');
    if (colon <= 0) {
      return "#";
    }
    String scheme = text.substring(0, colon).toLowerCase(Locale.ROOT);
    if (!scheme.chars().allMatch(c -> (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '+' || c == '-' || c == '.')
        || !SCHEMES.contains(scheme)) {
      return "#";
    }
    if (!scheme.equals("mailto") && !text.substring(colon + 1).startsWith("//")) {
      return "#";
    }
    return text;
  }
}
