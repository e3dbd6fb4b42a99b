package io.hfmine.bench.github;

import io.hfmine.crawler.github.rate.WallClock;
import java.io.InterruptedIOException;
import java.time.Duration;
import java.time.Instant;

/**
 * Simulated time running {@code factor} times faster than real time, anchored on the epoch
 * milliseconds of a real start, so a fake server and crawler processes started later agree on it.
 */
public final class ScaledClock implements WallClock {
  private final Instant simulatedStart;
  private final long realStartMillis;
  private final double factor;

  public ScaledClock(Instant simulatedStart, long realStartMillis, double factor) {
    this.simulatedStart = simulatedStart;
    this.realStartMillis = realStartMillis;
    this.factor = factor;
  }

  @Override
  public Instant now() {
    long realElapsed = System.currentTimeMillis() - realStartMillis;
    return simulatedStart.plusMillis((long) (realElapsed * factor));
  }

  @Override
  public void sleep(Duration duration) throws InterruptedIOException {
    long real = (long) Math.ceil(duration.toMillis() / factor);
    if (real <= 0) {
      return;
    }
    try {
      Thread.sleep(real);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new InterruptedIOException("interrupted");
    }
  }
}
