package io.hfmine.cli.commands.demo;

import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreSummary;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * The directory a demo runs in. A demo starts from an empty store so that every stage shows its
 * work, but it empties a store only when the directory is a demo's: its {@code study.yaml} is the
 * bundled sample's (a demo extracted it). A store holding anything else is a study and is refused,
 * never deleted. The store is emptied in place, through the open store, so the file lock the demo
 * holds is never let go: a second demo on the same directory fails to open it instead of
 * deleting it under the first.
 */
final class DemoDirectory {
  private DemoDirectory() {
  }

  /** The store in {@code out} is not a demo's; the message says what to do. */
  static final class NotADemoException extends RuntimeException {
    NotADemoException(String message) {
      super(message);
    }
  }

  /** Checks that {@code store} (open, so locked) and {@code out} may be used by a demo, and empties the store. */
  static void prepare(Store store, Path out) throws IOException {
    Map<String, Long> counts = StoreSummary.of(store).rowCounts();
    long rows = counts.values().stream().mapToLong(Long::longValue).sum();
    boolean demo = isDemo(out);
    if (rows > 0 && !demo) {
      throw new NotADemoException(store.file() + " holds a study (" + String.format("%,d", rows) + " rows) that hfmine "
          + "demo did not make: the demo never empties it. Give the demo another --out directory.");
    }
    // The demo writes the sample's study.yaml and archive/ into the directory: never over someone else's.
    for (String own : List.of(BundledSample.STUDY, "archive")) {
      if (!demo && Files.exists(out.resolve(own))) {
        throw new NotADemoException(out.resolve(own) + " is not the bundled sample's and the demo would overwrite it. "
            + "Give the demo another --out directory.");
      }
    }
    if (rows > 0) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          for (String table : counts.keySet()) {
            statement.execute("DELETE FROM \"" + table + "\"");
          }
        }
        return null;
      });
    }
  }

  /** Whether {@code out} holds the study file a demo extracted. */
  static boolean isDemo(Path out) throws IOException {
    Path study = out.resolve(BundledSample.STUDY);
    if (!Files.isRegularFile(study)) {
      return false;
    }
    try (InputStream bundled = BundledSample.class.getClassLoader()
        .getResourceAsStream("sample/" + BundledSample.STUDY)) {
      return bundled != null && Arrays.equals(bundled.readAllBytes(), Files.readAllBytes(study));
    }
  }
}
