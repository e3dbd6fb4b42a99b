package io.hfmine.web;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Tells what the server derived from the store that annotations were written. The server is the
 * store's only writer while it runs (DuckDB's file lock keeps other processes out), so anything
 * read once stays true until then: the report, the overview's counts, the preferred labels.
 */
public final class Writes {
  private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

  /** Runs {@code listener} after every annotation write. */
  public void subscribe(Runnable listener) {
    listeners.add(listener);
  }

  /** Annotations were written: derived views are stale. */
  public void happened() {
    listeners.forEach(Runnable::run);
  }
}
