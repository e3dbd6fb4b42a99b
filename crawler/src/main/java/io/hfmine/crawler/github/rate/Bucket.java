package io.hfmine.crawler.github.rate;

import java.util.Locale;
import java.util.Optional;

/** A GitHub rate-limit bucket, as {@code X-RateLimit-Resource} names it. */
public enum Bucket {
  CORE("core"),
  SEARCH("search"),
  CODE_SEARCH("code_search");

  private final String header;

  Bucket(String header) {
    this.header = header;
  }

  /** The name GitHub uses in headers and in {@code /rate_limit}. */
  public String header() {
    return header;
  }

  /** The bucket a header value names; other resources (graphql, ...) are not governed here. */
  public static Optional<Bucket> ofHeader(String value) {
    if (value == null) {
      return Optional.empty();
    }
    String name = value.strip().toLowerCase(Locale.ROOT);
    for (Bucket bucket : values()) {
      if (bucket.header.equals(name)) {
        return Optional.of(bucket);
      }
    }
    return Optional.empty();
  }

  /**
   * The bucket a request path draws from, before any response says so; {@code /rate_limit}
   * costs nothing and draws from none.
   */
  public static Optional<Bucket> ofPath(String path) {
    if (path.endsWith("/rate_limit")) {
      return Optional.empty();
    }
    if (path.endsWith("/search/code")) {
      return Optional.of(CODE_SEARCH);
    }
    if (path.contains("/search/")) {
      return Optional.of(SEARCH);
    }
    return Optional.of(CORE);
  }
}
