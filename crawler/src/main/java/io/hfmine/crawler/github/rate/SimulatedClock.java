package io.hfmine.crawler.github.rate;

import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;

/**
 * A clock whose sleeps advance simulated time instead of waiting, for tests and benchmarks that
 * must cross rate-limit windows of minutes or hours at once. Sleeps are recorded for assertions.
 */
public final class SimulatedClock implements WallClock {
  private final AtomicLong nowMillis;
  private final AtomicLong sleptMillis = new AtomicLong();
  private final AtomicLong sleeps = new AtomicLong();

  public SimulatedClock(Instant start) {
    this.nowMillis = new AtomicLong(start.toEpochMilli());
  }

  @Override
  public Instant now() {
    return Instant.ofEpochMilli(nowMillis.get());
  }

  @Override
  public void sleep(Duration duration) {
    if (duration.isNegative() || duration.isZero()) {
      return;
    }
    sleeps.incrementAndGet();
    sleptMillis.addAndGet(duration.toMillis());
    nowMillis.addAndGet(duration.toMillis());
  }

  /** Moves time forward without counting a sleep (time spent elsewhere). */
  public void advance(Duration duration) {
    nowMillis.addAndGet(duration.toMillis());
  }

  /** Total simulated time spent sleeping. */
  public Duration slept() {
    return Duration.ofMillis(sleptMillis.get());
  }

  /** Number of sleeps of positive length. */
  public long sleeps() {
    return sleeps.get();
  }
}
