package io.hfmine.crawler.github;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** GitHub's {@code Link} pagination header: {@code <url>; rel="next", <url>; rel="last"}. */
public final class LinkHeader {
  private static final Pattern LINK = Pattern.compile("<([^>]*)>\\s*;\\s*rel=\"([^\"]+)\"");

  private final Map<String, String> links;

  private LinkHeader(Map<String, String> links) {
    this.links = links;
  }

  public static LinkHeader parse(String header) {
    Map<String, String> links = new LinkedHashMap<>();
    if (header != null) {
      Matcher matcher = LINK.matcher(header);
      while (matcher.find()) {
        for (String rel : matcher.group(2).split("\\s+")) {
          links.put(rel, matcher.group(1));
        }
      }
    }
    return new LinkHeader(links);
  }

  /** The URL of a relation (next, last, prev, first). */
  public Optional<String> get(String rel) {
    return Optional.ofNullable(links.get(rel));
  }

  /** The {@code page} parameter of the last page, i.e. the item count of a per_page=1 listing. */
  public Optional<Long> lastPage() {
    return get("last").flatMap(url -> {
      Matcher page = Pattern.compile("[?&]page=(\\d+)").matcher(url);
      return page.find() ? Optional.of(Long.parseLong(page.group(1))) : Optional.empty();
    });
  }
}
