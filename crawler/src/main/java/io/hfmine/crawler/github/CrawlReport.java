package io.hfmine.crawler.github;

import java.util.ArrayList;
import java.util.List;

/**
 * What a GitHub stage did: units finished, skipped as already done, failed (with reasons), rows
 * stored (distinct rows written by this run, so the count matches what the store holds), and
 * repositories found gone or blocked.
 */
public final class CrawlReport {
  private long done;
  private long skipped;
  private long items;
  private final List<String> failures = new ArrayList<>();
  private final List<String> missing = new ArrayList<>();

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

  /** A repository GitHub confirmed gone or blocked, recorded as such instead of failing. */
  public synchronized void missing(String repository, String status) {
    missing.add(repository + ": " + status);
  }

  public synchronized List<String> missing() {
    return List.copyOf(missing);
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
    String text = "%d done, %d already done, %d failed, %d rows stored".formatted(done, skipped, failures.size(), items);
    return missing.isEmpty() ? text : text + ", " + missing.size() + " repositories gone or blocked";
  }
}
