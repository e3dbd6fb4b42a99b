package io.hfmine.analyzers.usage.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.analyzers.usage.TestExtractors;
import io.hfmine.analyzers.usage.isolation.ExtractionWorker;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A file whose parse killed the JVM is not parsed in-process again; a file that was merely in
 * flight when the run was killed (kill -9, Ctrl-C) is parsed as usual.
 */
class CrashResumeTest {
  private static final String MARKER = "KILLS-THE-PARSER-41c2";

  @TempDir
  Path dir;

  private Store store;
  private Path journal;

  @BeforeEach
  void openStoreOnDisk() {
    store = Store.open(dir.resolve("hfmine.duckdb"));
    StoreUsageExtractionTest.fill(store);
    journal = dir.resolve(StoreUsageExtraction.JOURNAL_DIRECTORY);
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  /** What a JVM that ended abnormally while parsing c3 on one of its threads leaves behind. */
  private void leaveNoteOfC3InFlight() throws IOException {
    Files.createDirectories(journal);
    Files.writeString(journal.resolve("in-flight-4242-31"), "c3");
  }

  @Test
  void aFileInFlightWhenAnEarlierRunDiedIsParsedInAChildProcessAndNotRecordedCrashed() throws IOException {
    leaveNoteOfC3InFlight();

    ExtractionSummary summary = new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(false, Progress.NONE);

    assertThat(query("SELECT blob_sha || ' ' || status FROM usage_files ORDER BY blob_sha"))
        .containsExactly("a1 parsed", "b2 prefiltered", "c3 parsed", "d4 parsed", "e5 not-fetched");
    assertThat(query("SELECT count(*) FROM usages WHERE blob_sha = 'c3'")).containsExactly("1");
    assertThat(summary.files("crashed")).isZero();
    assertThat(journal).doesNotExist();
  }

  @Test
  void aFileThatKillsTheChildProcessTooIsRecordedCrashedAndLaterRunsSkipIt() throws IOException {
    leaveNoteOfC3InFlight();
    setContent("c3", "from transformers import AutoModel\n# " + MARKER + "\nAutoModel.from_pretrained('gpt2')\n");

    ExtractionSummary summary = new StoreUsageExtraction(store, TestExtractors.SETTINGS,
        List.of("-D" + ExtractionWorker.CRASH_MARKER_PROPERTY + "=" + MARKER)).run(false, Progress.NONE);

    assertThat(summary.files("crashed")).isEqualTo(1);
    assertThat(query("SELECT detail FROM usage_files WHERE blob_sha = 'c3'").get(0))
        .contains("died on this file").contains("exit code 134").contains("as an earlier run did");
    assertThat(query("SELECT verdict FROM hit_verifications WHERE blob_sha = 'c3'")).containsExactly("unparsed");
    assertThat(Files.readAllLines(journal.resolve("crashed.txt"))).containsExactly("c3");

    // Without the fault, a child would now parse it: a crashed status shows it was skipped.
    new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(true, Progress.NONE);

    assertThat(query("SELECT status FROM usage_files WHERE blob_sha = 'c3'")).containsExactly("crashed");
    assertThat(query("SELECT detail FROM usage_files WHERE blob_sha = 'c3'").get(0)).contains("--isolate");
    try (Stream<Path> left = Files.list(journal)) {
      assertThat(left.map(p -> p.getFileName().toString())).containsExactly("crashed.txt");
    }
  }

  @Test
  void aRunThatEndsNormallyLeavesNoJournalBehind() {
    new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(false, Progress.NONE);

    assertThat(journal).doesNotExist();
    assertThat(query("SELECT count(*) FROM usage_files WHERE status = 'parsed'")).containsExactly("3");
  }

  @Test
  void underIsolationEveryFileIsParsedInAChildProcess() throws IOException {
    leaveNoteOfC3InFlight();

    new StoreUsageExtraction(store, TestExtractors.SETTINGS.withIsolation(true)).run(false, Progress.NONE);

    assertThat(query("SELECT status FROM usage_files WHERE blob_sha = 'c3'")).containsExactly("parsed");
    assertThat(query("SELECT count(*) FROM usages")).containsExactly("3");
  }

  @Test
  void killingTheRunWithSigkillMidParseCostsNoFile() throws Exception {
    addLargeFiles();
    store.close();
    store = null;

    String inFlight = stopMidParse(true);

    assertThat(inFlight).as("the killed run's note of the file it was parsing").isNotNull();
    store = Store.open(dir.resolve("hfmine.duckdb"));
    ExtractionSummary summary = new StoreUsageExtraction(store, TestExtractors.SETTINGS).run(false, Progress.NONE);
    assertThat(summary.files("crashed")).isZero();
    assertThat(query("SELECT status FROM usage_files WHERE blob_sha = '" + inFlight + "'"))
        .as("status of %s among %s", inFlight, query("SELECT blob_sha || ' ' || status FROM usage_files"))
        .containsExactly("parsed");
    assertThat(query("SELECT blob_sha || ' ' || status FROM usage_files WHERE blob_sha LIKE 'big%'"))
        .hasSize(12).allMatch(row -> row.endsWith(" parsed"));
    assertThat(journal).doesNotExist();
  }

  @Test
  void stoppingTheRunWithSigtermLeavesNoNoteBehind() throws Exception {
    addLargeFiles();
    store.close();
    store = null;

    stopMidParse(false);

    try (Stream<Path> left = Files.exists(journal) ? Files.list(journal) : Stream.empty()) {
      assertThat(left.map(p -> p.getFileName().toString())).noneMatch(name -> name.startsWith("in-flight-"));
    }
  }

  /**
   * Runs {@code usage extract} in another JVM and stops it (SIGKILL or SIGTERM) while it parses,
   * as soon as its note of a file in flight appears; returns the key that note held after the
   * JVM ended, or null when none was left.
   *
   * <p>Before a SIGKILL the run is frozen (SIGSTOP) and its note read: only a note that names a
   * file proves the kill lands mid-parse, whatever the load on the machine. A run frozen between
   * two files is let go on (SIGCONT) and caught again.
   */
  private String stopMidParse(boolean kill) throws Exception {
    Process run = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
        "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
        ExtractionUntilStopped.class.getName(), dir.resolve("hfmine.duckdb").toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("child.log").toFile()).start();
    try {
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      String caught = null;
      while (caught == null && run.isAlive() && System.nanoTime() < deadline) {
        Optional<Path> note = inFlightNote();
        if (note.isEmpty()) {
          Thread.sleep(2);
        } else if (!kill) {
          caught = "";
        } else {
          signal(run, "STOP");
          caught = noteText(note.get());
          if (caught == null || caught.isEmpty()) {
            caught = null;
            signal(run, "CONT");
          }
        }
      }
      if (caught == null) {
        throw new AssertionError("never caught the run mid-parse: " + Files.readString(dir.resolve("child.log")));
      }
    } finally {
      if (kill) {
        run.destroyForcibly();
      } else {
        run.destroy();
      }
      assertThat(run.waitFor(60, TimeUnit.SECONDS)).as("the run ends").isTrue();
    }
    Optional<Path> left = inFlightNote();
    return left.isPresent() ? noteText(left.get()) : null;
  }

  private static void signal(Process run, String signal) throws Exception {
    Process sent = new ProcessBuilder("kill", "-" + signal, Long.toString(run.pid())).inheritIO().start();
    assertThat(sent.waitFor(30, TimeUnit.SECONDS) && sent.exitValue() == 0).as("kill -%s", signal).isTrue();
  }

  /** The key a note holds, or null when it went away while being read. */
  private static String noteText(Path note) throws IOException {
    try {
      return Files.readString(note).strip();
    } catch (java.nio.file.NoSuchFileException e) {
      return null;
    }
  }

  private Optional<Path> inFlightNote() throws IOException {
    if (!Files.isDirectory(journal)) {
      return Optional.empty();
    }
    try (Stream<Path> files = Files.list(journal)) {
      return files.filter(p -> p.getFileName().toString().startsWith("in-flight-")).findFirst();
    } catch (java.nio.file.NoSuchFileException e) {
      return Optional.empty();
    }
  }

  /** Files that take long enough to parse for a run to be caught in the middle of one. */
  private void addLargeFiles() {
    StringBuilder code = new StringBuilder("from transformers import AutoModel\n");
    for (int i = 0; code.length() < 300_000; i++) {
      code.append("def step_").append(i).append("(x, y=[1, 2, 3]):\n    return {'a': x + y[0], 'b': [x * k for k in y]}\n");
    }
    code.append("model = AutoModel.from_pretrained('gpt2')\n");
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement(
          "INSERT INTO files (blob_sha, status, byte_length, content, fetched_at) VALUES (?, 'ok', ?, ?, ?)")) {
        for (int i = 0; i < 12; i++) {
          String content = code + "# " + i + "\n";
          insert.setString(1, "big" + i);
          insert.setLong(2, content.length());
          insert.setString(3, content);
          insert.setTimestamp(4, Timestamp.from(Instant.now()));
          insert.executeUpdate();
        }
      }
      return null;
    });
  }

  private void setContent(String sha, String content) {
    store.transaction(connection -> {
      try (PreparedStatement update = connection.prepareStatement("UPDATE files SET content = ? WHERE blob_sha = ?")) {
        update.setString(1, content);
        update.setString(2, sha);
        update.executeUpdate();
      }
      return null;
    });
  }

  private List<String> query(String sql) {
    return StoreUsageExtractionTest.query(store, sql);
  }
}
