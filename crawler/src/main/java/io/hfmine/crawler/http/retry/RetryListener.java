package io.hfmine.crawler.http.retry;

import java.time.Duration;

/** Hears what the retry did, e.g. to count failed attempts and waits per API. */
public interface RetryListener {
  RetryListener NONE = new RetryListener() {
    @Override public void failed(Verdict.Kind kind) {
    }

    @Override public void waiting(Duration wait) {
    }
  };

  /** An attempt ended in a failure of this kind (whether or not another attempt follows). */
  void failed(Verdict.Kind kind);

  /** Another attempt follows after this wait. */
  void waiting(Duration wait);
}
