package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.Sleeper;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when something sleeps; records every wait. */
final class FakeSleeper implements Sleeper {
  final List<Long> sleeps = new CopyOnWriteArrayList<>();
  private long now = 1_700_000_000_000L;

  @Override
  public synchronized long nowMillis() {
    return now;
  }

  @Override
  public synchronized void sleep(long millis) {
    sleeps.add(millis);
    now += Math.max(0, millis);
  }
}
