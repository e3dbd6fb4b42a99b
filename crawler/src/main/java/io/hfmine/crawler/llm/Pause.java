package io.hfmine.crawler.llm;

/** Waiting between retries; tests and replays pass one that returns at once. */
@FunctionalInterface
public interface Pause {
  /** Returns at once: for replays (answers come from the archive) and tests. */
  Pause NONE = millis -> { };

  /** Sleeps on the current thread. */
  Pause SLEEP = millis -> {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while waiting to retry", e);
    }
  };

  void pause(long millis);
}
