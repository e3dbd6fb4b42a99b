package io.hfmine.crawler.http.retry;

/**
 * What an answer (or a failed exchange) means for retrying it.
 *
 * @param kind how the attempt ended
 * @param retryAfter the server's {@code Retry-After} value, if any, for {@link Kind#LIMITED}
 */
public record Verdict(Kind kind, String retryAfter) {
  /** The answer stands: success, or an error that asking again will not change. */
  public static final Verdict FINAL = new Verdict(Kind.FINAL, null);
  /** A server error (5xx, 408): back off exponentially and ask again. */
  public static final Verdict SERVER_ERROR = new Verdict(Kind.SERVER_ERROR, null);
  /** A rate limit that a governor below the retry already knows about: ask again at once. */
  public static final Verdict RETRY_NOW = new Verdict(Kind.RETRY_NOW, null);

  /** How an attempt ended. */
  public enum Kind {
    FINAL,
    /** No complete answer: timeout, reset, dropped connection, a body cut short. */
    TRANSPORT,
    SERVER_ERROR,
    /** A rate limit the retry must wait out: {@code Retry-After}, else the policy's limit backoff. */
    LIMITED,
    /** A rate limit whose wait the governor holds (it has seen the reset in the headers). */
    RETRY_NOW;

    /** Whether this is a rate limit, counted against the policy's cap on limit retries. */
    public boolean rateLimit() {
      return this == LIMITED || this == RETRY_NOW;
    }
  }

  /** A rate limit to wait out, with the server's {@code Retry-After} (null when absent). */
  public static Verdict limited(String retryAfter) {
    return new Verdict(Kind.LIMITED, retryAfter);
  }
}
