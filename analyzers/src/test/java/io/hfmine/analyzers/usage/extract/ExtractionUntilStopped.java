package io.hfmine.analyzers.usage.extract;

import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;

/** A separate JVM running {@code usage extract} on one thread, for tests that stop it from outside. */
public final class ExtractionUntilStopped {
  private ExtractionUntilStopped() {
  }

  public static void main(String[] args) {
    try (Store store = Store.open(Path.of(args[0]))) {
      new StoreUsageExtraction(store, TestExtractors.SETTINGS.withThreads(1)).run(false, Progress.NONE);
    }
  }
}
