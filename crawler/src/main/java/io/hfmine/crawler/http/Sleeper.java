package io.hfmine.crawler.http;

import java.io.InterruptedIOException;

/**
 * Time as rate governors and retries see it: a clock and a way to wait.
 *
 * <p>Injected so tests run instantly and replays never wait ({@link #NONE}).
 */
public interface Sleeper {
  /** Real time and real waits. */
  Sleeper SYSTEM = new Sleeper() {
    @Override public long nowMillis() {
      return System.currentTimeMillis();
    }

    @Override public void sleep(long millis) throws InterruptedIOException {
      if (millis <= 0) {
        return;
      }
      try {
        Thread.sleep(millis);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new InterruptedIOException("interrupted while waiting " + millis + " ms");
      }
    }
  };

  /** Real clock, no waiting: for replays, where nothing reaches the network. */
  Sleeper NONE = new Sleeper() {
    @Override public long nowMillis() {
      return System.currentTimeMillis();
    }

    @Override public void sleep(long millis) {
    }
  };

  long nowMillis();

  void sleep(long millis) throws InterruptedIOException;
}
