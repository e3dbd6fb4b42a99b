package io.hfmine.crawler.http.retry;

import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * How often to ask again and how long to wait first: the one policy behind every API hfmine
 * talks to (GitHub, the Hugging Face Hub, chat endpoints), each bound from its own settings.
 *
 * <p>Transport failures (timeouts, resets, bodies cut short) and server errors back off
 * exponentially from {@code firstBackoff}, doubling up to {@code maxBackoff}. Rate limits wait
 * what {@code Retry-After} says, else {@code limitWait} doubling up to {@code limitMaxWait}; a
 * limit the governor already knows is retried at once (the governor holds it until the reset).
 * At most {@code maxAttempts} attempts in all, of which at most {@code maxLimitRetries} retries
 * after rate limits.
 */
public record RetryPolicy(
    int maxAttempts,
    Duration firstBackoff,
    Duration maxBackoff,
    Duration limitWait,
    Duration limitMaxWait,
    int maxLimitRetries) {

  public RetryPolicy {
    if (maxAttempts < 1) {
      throw new IllegalArgumentException("max-attempts must be at least 1; got " + maxAttempts);
    }
    if (maxLimitRetries < 0) {
      throw new IllegalArgumentException("rate-limit retries cannot be negative; got " + maxLimitRetries);
    }
    for (Duration wait : new Duration[] {firstBackoff, maxBackoff, limitWait, limitMaxWait}) {
      if (wait == null || wait.isNegative()) {
        throw new IllegalArgumentException("retry waits must be zero or more; got " + wait);
      }
    }
  }

  /** The wait after a transport failure or server error at attempt {@code attempt} (from 1). */
  public Duration backoff(int attempt) {
    return exponential(firstBackoff, attempt, maxBackoff);
  }

  /** The wait before asking again after attempt {@code attempt} ended with {@code verdict}. */
  public Duration waitAfter(Verdict verdict, int attempt, Instant now) {
    return switch (verdict.kind()) {
      case FINAL, RETRY_NOW -> Duration.ZERO;
      case TRANSPORT, SERVER_ERROR -> backoff(attempt);
      case LIMITED -> parseRetryAfter(verdict.retryAfter(), now)
          .orElseGet(() -> exponential(limitWait, attempt, limitMaxWait));
    };
  }

  /** {@code Retry-After} as seconds or an HTTP date; empty when absent or unreadable. */
  public static Optional<Duration> parseRetryAfter(String value, Instant now) {
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
