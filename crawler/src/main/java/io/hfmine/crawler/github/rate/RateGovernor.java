package io.hfmine.crawler.github.rate;

import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * The budget of one token in one bucket: how many requests are left until when, and how long the
 * next request must wait so the budget lasts to the reset without a 403.
 *
 * <p>It starts from the bucket's documented limits and is corrected by every response's
 * {@code X-RateLimit-*} headers, which are authoritative (tokens of one account share a budget,
 * so other processes may have spent some of it).
 */
public final class RateGovernor {
  // GitHub's reset is whole epoch seconds; waiting one more second avoids racing it.
  private static final Duration RESET_MARGIN = Duration.ofSeconds(1);

  private final BucketLimits limits;
  private int limit;
  private int remaining;
  private Instant resetAt;
  private Instant observedReset;
  private Instant lastGrant;
  private long granted;

  public RateGovernor(BucketLimits limits) {
    this.limits = limits;
    this.limit = limits.limit();
  }

  /** How long a request must wait now; zero when it may go. */
  public synchronized Duration delay(Instant now) {
    roll(now);
    if (remaining <= 0) {
      return Duration.between(now, resetAt).plus(RESET_MARGIN);
    }
    Duration interval = Duration.ofMillis(limits.minIntervalMs());
    if (limits.paced()) {
      // One share more than requests left, so the last one lands before the reset, not on it.
      Duration share = Duration.between(now, resetAt).dividedBy(remaining + 1L);
      interval = share.compareTo(interval) > 0 ? share : interval;
    }
    if (lastGrant == null) {
      return Duration.ZERO;
    }
    Duration wait = Duration.between(now, lastGrant.plus(interval));
    return wait.isNegative() ? Duration.ZERO : wait;
  }

  /**
   * Waits until a request may go and counts it against the budget; returns the instant it was
   * granted. The wait happens outside the lock, so other threads (and the token pool asking for
   * delays) are never held up by a sleeping one; each wakes and asks again, so two threads never
   * go closer together than the pacing allows.
   */
  public Instant acquire(WallClock clock) throws InterruptedIOException {
    while (true) {
      Duration wait;
      synchronized (this) {
        Instant now = clock.now();
        wait = delay(now);
        if (wait.isZero()) {
          roll(now);
          remaining--;
          granted++;
          lastGrant = now;
          return now;
        }
      }
      clock.sleep(wait);
    }
  }

  /** Adopts what a response's headers say, unless they describe an older window than known. */
  public synchronized void observe(int headerLimit, int headerRemaining, Instant headerReset) {
    if (observedReset != null && headerReset.isBefore(observedReset)) {
      return;
    }
    boolean sameWindow = headerReset.equals(observedReset);
    observedReset = headerReset;
    limit = headerLimit;
    remaining = sameWindow ? Math.min(remaining, headerRemaining) : headerRemaining;
    resetAt = headerReset;
  }

  /** Requests let through so far. */
  public synchronized long granted() {
    return granted;
  }

  public synchronized int remaining() {
    return remaining;
  }

  public synchronized int limit() {
    return limit;
  }

  /** When the current window ends, or null before the first request. */
  public synchronized Instant resetAt() {
    return resetAt;
  }

  private void roll(Instant now) {
    if (resetAt == null || !now.isBefore(resetAt)) {
      // A new window we have not heard of yet: assume the documented limit until headers arrive.
      remaining = limit;
      resetAt = now.plusSeconds(limits.windowSeconds());
    }
  }
}
