package io.hfmine.crawler.hf;

import java.util.Locale;
import java.util.Optional;

/**
 * The Hub's rate-limit headers, in the IETF draft's structured-field style.
 *
 * <pre>
 * RateLimit: "api";r=489;t=165                    remaining requests, seconds to the window's reset
 * RateLimit-Policy: "fixed window";"api";q=500;w=300   quota per window of w seconds
 * </pre>
 */
record RateLimitHeader(String bucket, long remaining, long resetSeconds) {

  /** The quota a policy header announces for a bucket. */
  record Policy(String bucket, long quota, long windowSeconds) {
  }

  /** Parses a {@code RateLimit} value; empty when it is absent or unreadable. */
  static Optional<RateLimitHeader> parse(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String bucket = null;
    Long remaining = null;
    Long reset = null;
    for (String part : value.split(";")) {
      String item = part.strip();
      if (item.startsWith("\"")) {
        bucket = unquote(item);
      } else if (item.contains("=")) {
        String key = item.substring(0, item.indexOf('=')).strip().toLowerCase(Locale.ROOT);
        Long number = number(item.substring(item.indexOf('=') + 1));
        switch (key) {
          case "r", "remaining" -> remaining = number;
          case "t", "reset" -> reset = number;
          default -> { }
        }
      }
    }
    if (remaining == null || reset == null) {
      return Optional.empty();
    }
    return Optional.of(new RateLimitHeader(bucket, remaining, reset));
  }

  /** Parses a {@code RateLimit-Policy} value; empty when it is absent or unreadable. */
  static Optional<Policy> parsePolicy(String value) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String bucket = null;
    Long quota = null;
    Long window = null;
    for (String part : value.split(";")) {
      String item = part.strip();
      if (item.startsWith("\"")) {
        String name = unquote(item);
        // The first quoted string may be the policy kind ("fixed window"); the bucket comes last.
        if (!name.contains(" ")) {
          bucket = name;
        }
      } else if (item.contains("=")) {
        String key = item.substring(0, item.indexOf('=')).strip().toLowerCase(Locale.ROOT);
        Long number = number(item.substring(item.indexOf('=') + 1));
        switch (key) {
          case "q" -> quota = number;
          case "w" -> window = number;
          default -> { }
        }
      }
    }
    if (quota == null || window == null) {
      return Optional.empty();
    }
    return Optional.of(new Policy(bucket, quota, window));
  }

  private static String unquote(String item) {
    String text = item.strip();
    if (text.length() >= 2 && text.startsWith("\"") && text.endsWith("\"")) {
      return text.substring(1, text.length() - 1);
    }
    return text.replace("\"", "");
  }

  private static Long number(String text) {
    try {
      return Long.parseLong(text.strip());
    } catch (NumberFormatException e) {
      return null;
    }
  }
}
