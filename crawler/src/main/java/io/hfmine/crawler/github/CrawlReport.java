package io.hfmine.crawler.github;

import java.util.ArrayList;
import java.util.List;

/** What a GitHub stage did: units finished, skipped as already done, failed (with reasons), rows stored. */
public final class CrawlReport {
  private long done;
  private long skipped;
  private long items;
  private final List<String> failures = new ArrayList<>();

  public synchronized void done() {
    done++;
  }

  public synchronized void skipped() {
    skipped++;
  }

  public synchronized void items(long n) {
    items += n;
  }

  public synchronized void failed(String unit, String reason) {
    failures.add(unit + ": " + reason);
  }

  public synchronized long doneCount() {
    return done;
  }

  public synchronized long skippedCount() {
    return skipped;
  }

  public synchronized long itemCount() {
    return items;
  }

  public synchronized List<String> failures() {
    return List.copyOf(failures);
  }

  @Override
  public synchronized String toString() {
    return "%d done, %d already done, %d failed, %d rows stored".formatted(done, skipped, failures.size(), items);
  }
}
