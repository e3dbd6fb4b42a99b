package io.hfmine.crawler.github.internal;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

/**
 * When to try a GitHub request again, and after how long.
 *
 * <p>Secondary limits (429, or 403 with {@code Retry-After} or GitHub's "secondary rate limit"
 * message) wait what {@code Retry-After} says, else at least {@code secondaryWait} doubling per
 * attempt up to {@code secondaryMaxWait}. A primary limit (403/429 with
 * {@code X-RateLimit-Remaining: 0}) is retried at once: the governor, having seen the headers,
 * holds the retry until the reset. 5xx answers and transport errors back off exponentially from
 * {@code firstBackoff} up to {@code maxBackoff}. Anything else is final.
 */
public record RetryPolicy(
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration secondaryWait,
    Duration secondaryMaxWait) {

  /** What an answer means for retrying. */
  public enum Kind { FINAL, SERVER_ERROR, PRIMARY_LIMIT, SECONDARY_LIMIT }

  /** Classifies an answer from its status, headers and the start of its body. */
  public static Kind classify(int status, String retryAfter, String rateRemaining, String body) {
    if (status >= 500) {
      return Kind.SERVER_ERROR;
    }
    if (status != 403 && status != 429) {
      return Kind.FINAL;
    }
    String text = body == null ? "" : body.toLowerCase(Locale.ROOT);
    if (retryAfter != null || text.contains("secondary rate limit") || text.contains("abuse detection")) {
      return Kind.SECONDARY_LIMIT;
    }
    if ("0".equals(rateRemaining == null ? null : rateRemaining.strip())) {
      return Kind.PRIMARY_LIMIT;
    }
    return status == 429 ? Kind.SECONDARY_LIMIT : Kind.FINAL;
  }

  /** The wait before attempt {@code attempt + 1} (attempts count from 1). */
  public Duration wait(Kind kind, int attempt, String retryAfter, Instant now) {
    return switch (kind) {
      case FINAL, PRIMARY_LIMIT -> Duration.ZERO;
      case SERVER_ERROR -> exponential(firstBackoff, attempt, maxBackoff);
      case SECONDARY_LIMIT -> parseRetryAfter(retryAfter, now)
          .orElseGet(() -> exponential(secondaryWait, attempt, secondaryMaxWait));
    };
  }

  /** Backoff after a transport error (timeout, reset, truncated body). */
  public Duration transportWait(int attempt) {
    return exponential(firstBackoff, attempt, maxBackoff);
  }

  static Optional<Duration> parseRetryAfter(String value, Instant now) {
    if (value == null || value.isBlank()) {
      return Optional.empty();
    }
    String text = value.strip();
    try {
      return Optional.of(Duration.ofSeconds(Math.max(0, Long.parseLong(text))));
    } catch (NumberFormatException notSeconds) {
      try {
        Instant at = ZonedDateTime.parse(text, DateTimeFormatter.RFC_1123_DATE_TIME).toInstant();
        Duration wait = Duration.between(now, at);
        return Optional.of(wait.isNegative() ? Duration.ZERO : wait);
      } catch (DateTimeParseException notDate) {
        return Optional.empty();
      }
    }
  }

  private static Duration exponential(Duration first, int attempt, Duration cap) {
    Duration wait = first;
    for (int i = 1; i < attempt && wait.compareTo(cap) < 0; i++) {
      wait = wait.multipliedBy(2);
    }
    return wait.compareTo(cap) > 0 ? cap : wait;
  }
}
