package io.hfmine.crawler.github.rate;

import io.hfmine.crawler.http.Sleeper;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Time as the governors and retries see it: the real clock in production, a simulated one in
 * tests and benchmarks, so waits of minutes take no real time there.
 */
public interface WallClock {
  /** The current instant. */
  Instant now();

  /** Waits; an interrupt ends the wait with an {@link InterruptedIOException}. */
  void sleep(Duration duration) throws InterruptedIOException;

  /** This clock as the shared HTTP layer's {@link Sleeper}, for the retry's backoffs. */
  default Sleeper sleeper() {
    WallClock clock = this;
    return new Sleeper() {
      @Override
      public long nowMillis() {
        return clock.now().toEpochMilli();
      }

      @Override
      public void sleep(long millis) throws InterruptedIOException {
        clock.sleep(Duration.ofMillis(millis));
      }
    };
  }

  /** The system clock and real sleeps. */
  static WallClock system() {
    return new WallClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) throws InterruptedIOException {
        if (duration.isNegative() || duration.isZero()) {
          return;
        }
        try {
          Thread.sleep(duration);
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new InterruptedIOException("interrupted while waiting for the GitHub rate limit");
        }
      }
    };
  }

  /** The system clock without ever waiting: replays answer from an archive and must not pause. */
  static WallClock neverSleeping() {
    return new WallClock() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public void sleep(Duration duration) {
      }
    };
  }
}
