package io.hfmine.crawler.arxiv;

import io.hfmine.crawler.http.Sleeper;
import java.io.IOException;
import okhttp3.Interceptor;
import okhttp3.Response;

/**
 * Keeps at least {@code delayMillis} between two requests to arXiv, retries included. Each request
 * reserves its slot under the lock and waits for it outside, so callers on other threads are
 * spaced out too without anyone sleeping while holding the lock.
 */
final class ArxivPacing implements Interceptor {
  private final Sleeper sleeper;
  private final long delayMillis;
  private long lastRequestAt = Long.MIN_VALUE;

  ArxivPacing(Sleeper sleeper, long delayMillis) {
    this.sleeper = sleeper;
    this.delayMillis = delayMillis;
  }

  @Override
  public Response intercept(Chain chain) throws IOException {
    long wait = reserve();
    if (wait > 0) {
      sleeper.sleep(wait);
    }
    return chain.proceed(chain.request());
  }

  /** Takes the next free slot and returns how long to wait for it. */
  private synchronized long reserve() {
    long now = sleeper.nowMillis();
    long slot = lastRequestAt == Long.MIN_VALUE ? now : Math.max(now, lastRequestAt + delayMillis);
    lastRequestAt = slot;
    return slot - now;
  }
}
