package io.hfmine.analyzers.usage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A file whose parse killed the JVM is skipped by the next run instead of killing it again. */
class CrashResumeTest {
  @TempDir
  Path dir;

  private Store store;
  private Path journal;

  @BeforeEach
  void openStoreOnDisk() throws IOException {
    store = Store.open(dir.resolve("hfmine.duckdb"));
    StoreUsageExtractionTest.fill(store);
    // What a JVM that died while parsing c3 on one of its threads leaves behind.
    journal = dir.resolve(StoreUsageExtraction.JOURNAL_DIRECTORY);
    Files.createDirectories(journal);
    Files.writeString(journal.resolve("in-flight-31"), "c3");
  }

  @AfterEach
  void close() {
    store.close();
  }

  @Test
  void recordsTheFileInFlightWhenAnEarlierRunDiedAsCrashedWithoutParsingIt() {
    ExtractionSummary summary = new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(false, Progress.NONE);

    assertThat(query("SELECT blob_sha || ' ' || status FROM usage_files ORDER BY blob_sha"))
        .containsExactly("a1 parsed", "b2 prefiltered", "c3 crashed", "d4 parsed", "e5 not-fetched");
    assertThat(query("SELECT detail FROM usage_files WHERE blob_sha = 'c3'").get(0)).contains("--isolate");
    assertThat(query("SELECT verdict FROM hit_verifications WHERE blob_sha = 'c3'")).containsExactly("unparsed");
    assertThat(summary.files("crashed")).isEqualTo(1);
  }

  @Test
  void keepsSkippingItWhenEverythingIsExtractedAgain() throws IOException {
    new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(false, Progress.NONE);
    new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(true, Progress.NONE);

    assertThat(query("SELECT status FROM usage_files WHERE blob_sha = 'c3'")).containsExactly("crashed");
    assertThat(Files.readAllLines(journal.resolve("crashed.txt"))).containsExactly("c3");
    try (var left = Files.list(journal)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("crashed.txt");
    }
  }

  @Test
  void aRunThatEndsNormallyLeavesNoJournalBehind() throws IOException {
    Files.delete(journal.resolve("in-flight-31"));
    Files.delete(journal);

    new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(false, Progress.NONE);

    assertThat(journal).doesNotExist();
    assertThat(query("SELECT count(*) FROM usage_files WHERE status = 'parsed'")).containsExactly("3");
  }

  @Test
  void parsesItAgainInAChildProcessUnderIsolation() {
    new StoreUsageExtraction(store, TestExtractors.SETTINGS.withIsolation(true)).run(false, Progress.NONE);

    assertThat(query("SELECT status FROM usage_files WHERE blob_sha = 'c3'")).containsExactly("parsed");
    assertThat(query("SELECT count(*) FROM usages")).containsExactly("3");
  }

  private List<String> query(String sql) {
    return StoreUsageExtractionTest.query(store, sql);
  }
}
