package io.hfmine.analyzers.usage.extract;

import io.hfmine.analyzers.usage.ExtractionPool;
import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.isolation.CrashJournal;
import io.hfmine.analyzers.usage.isolation.IsolatedExtractorFactory;
import io.hfmine.analyzers.usage.isolation.JournaledExtractor;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

/**
 * {@code hfmine usage extract}: parses the files fetched for code-search hits into usages,
 * then verifies every hit.
 *
 * <p>Files are taken in batches of {@code usage.batch-files}; each batch's usages and its
 * {@code usage_files} rows are committed together, so a killed run resumes with the next
 * unextracted file and never duplicates a usage. Only a batch's contents are in memory.
 */
public final class StoreUsageExtraction {
  /** Beside the store: the files in flight when a run died (see {@link CrashJournal}). */
  public static final String JOURNAL_DIRECTORY = "usage-crash-journal";

  private final Store store;
  private final UsageSettings settings;
  private final List<String> workerJvmArguments;

  public StoreUsageExtraction(Store store, UsageSettings settings) {
    this(store, settings, List.of());
  }

  /** @param workerJvmArguments more flags for child extraction processes (tests inject faults this way) */
  StoreUsageExtraction(Store store, UsageSettings settings, List<String> workerJvmArguments) {
    this.store = store;
    this.settings = settings;
    this.workerJvmArguments = List.copyOf(workerJvmArguments);
  }

  /**
   * Extracts every file not extracted yet (all of them when {@code again}), then verifies the hits
   * whose verdict may have changed (all of them when {@code again}).
   */
  public ExtractionSummary run(boolean again, Progress progress) {
    ModelCatalog catalog = loadCatalog();
    UsageExtractorFactory factory = new UsageExtractorFactory(settings, catalog);
    if (again) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.executeUpdate("DELETE FROM usages");
          statement.executeUpdate("DELETE FROM usage_files");
        }
        return null;
      });
      HitVerification.forgetAll(store);
    }
    ExtractionSummary summary = new ExtractionSummary();
    progress.total(countPending());
    List<ExtractionPool.Extracted> results = new ArrayList<>();
    Supplier<? extends FileExtractor> extractors;
    Set<String> crashedBefore;
    CrashJournal journal = null;
    if (settings.inChildProcesses() || store.file() == null) {
      // In child processes a crash costs one file anyway, so earlier crashers are tried again.
      extractors = settings.inChildProcesses() ? new IsolatedExtractorFactory(settings, catalog, workerJvmArguments)
          : factory;
      crashedBefore = Set.of();
    } else {
      CrashJournal inFlight = new CrashJournal(store.file().toAbsolutePath().getParent().resolve(JOURNAL_DIRECTORY));
      CrashJournal.Recovered recovered = inFlight.recover();
      crashedBefore = recovered.crashed();
      // Files in flight when a run died are parsed in a child process: only a real crash there counts.
      Supplier<FileExtractor> childProcesses = new Supplier<>() {
        private IsolatedExtractorFactory children;

        @Override
        public synchronized FileExtractor get() {
          if (children == null) {
            children = new IsolatedExtractorFactory(settings, catalog, workerJvmArguments);
          }
          return children.get();
        }
      };
      extractors = () -> new JournaledExtractor(factory.get(), inFlight, recovered.suspects(), childProcesses);
      journal = inFlight;
    }
    try (ExtractionPool pool = new ExtractionPool(settings.threads(), extractors, results::add)) {
      while (true) {
        List<PendingFile> batch = nextBatch();
        if (batch.isEmpty()) {
          break;
        }
        results.clear();
        for (PendingFile file : batch) {
          pool.submit(file.loader(crashedBefore.contains(file.blobSha())));
        }
        pool.drain();
        write(batch, results, summary);
        progress.step(batch.size());
      }
    } finally {
      if (journal != null) {
        journal.finish();
      }
    }
    new HitVerification(store, factory.canonicalizer()).run(summary);
    return summary;
  }

  private ModelCatalog loadCatalog() {
    List<String> ids = store.read(connection -> {
      List<String> out = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT id FROM models")) {
        while (rows.next()) {
          out.add(rows.getString(1));
        }
      }
      return out;
    });
    return ids.isEmpty() ? ModelCatalog.NONE : ModelCatalog.of(ids);
  }

  private long countPending() {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("""
               SELECT count(*) FROM files f
               WHERE NOT EXISTS (SELECT 1 FROM usage_files u WHERE u.blob_sha = f.blob_sha)""")) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private List<PendingFile> nextBatch() {
    return store.read(connection -> {
      List<PendingFile> batch = new ArrayList<>();
      // The first hit (by repository, path) names the file; forks share the blob and its usages.
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT f.blob_sha, f.status, f.skip_reason, f.content, h.repository, h.path
          FROM files f
          LEFT JOIN (SELECT DISTINCT ON (blob_sha) blob_sha, repository, path
                     FROM code_hits ORDER BY blob_sha, repository, path) h ON h.blob_sha = f.blob_sha
          WHERE NOT EXISTS (SELECT 1 FROM usage_files u WHERE u.blob_sha = f.blob_sha)
          ORDER BY f.blob_sha
          LIMIT ?""")) {
        query.setInt(1, settings.batchFiles());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            batch.add(new PendingFile(rows.getString(1), rows.getString(2), rows.getString(3), rows.getString(4),
                rows.getString(5), rows.getString(6)));
          }
        }
      }
      return batch;
    });
  }

  private void write(List<PendingFile> batch, List<ExtractionPool.Extracted> results, ExtractionSummary summary) {
    Timestamp now = Timestamp.from(Instant.now());
    store.transaction(connection -> {
      try (PreparedStatement deleteUsages = connection.prepareStatement("DELETE FROM usages WHERE blob_sha = ?");
           PreparedStatement insertUsage = connection.prepareStatement("""
               INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind,
                 model_literal, model_id, resolution, keyword_args, api_sequence, snippet, extracted_at,
                 keyword_values, condition)
               VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
           PreparedStatement insertFile = connection.prepareStatement("""
               INSERT INTO usage_files (blob_sha, status, syntax_errors, usages, detail, extracted_at)
               VALUES (?, ?, ?, ?, ?, ?)""")) {
        for (int i = 0; i < batch.size(); i++) {
          PendingFile file = batch.get(i);
          ExtractionPool.Extracted result = results.get(i);
          FileOutcome outcome = result.outcome();
          String status = file.fetched() ? outcome.status().sql() : "not-fetched";
          String detail = file.fetched() ? outcome.detail() : file.fetchStatus()
              + (file.skipReason() == null ? "" : " (" + file.skipReason() + ")");
          deleteUsages.setString(1, file.blobSha());
          deleteUsages.executeUpdate();
          for (UsageRecord usage : outcome.usages()) {
            insertUsage(connection, insertUsage, usage, now);
          }
          insertFile.setString(1, file.blobSha());
          insertFile.setString(2, status);
          insertFile.setBoolean(3, outcome.syntaxErrors());
          insertFile.setInt(4, outcome.usages().size());
          insertFile.setString(5, detail);
          insertFile.setTimestamp(6, now);
          insertFile.executeUpdate();
          summary.countFile(status, outcome.syntaxErrors(), file.fetched() && outcome.partlyRead(),
              outcome.usages().size());
        }
      }
      return null;
    });
  }

  private static void insertUsage(Connection connection, PreparedStatement insert, UsageRecord u, Timestamp now)
      throws java.sql.SQLException {
    insert.setString(1, u.usageId());
    insert.setString(2, u.repository());
    insert.setString(3, u.path());
    insert.setString(4, u.blobSha());
    insert.setString(5, u.language());
    insert.setInt(6, u.line());
    insert.setInt(7, u.col());
    insert.setString(8, u.library());
    insert.setString(9, u.api());
    insert.setString(10, u.kind());
    insert.setString(11, u.modelLiteral());
    insert.setString(12, u.modelId());
    insert.setString(13, u.resolution().sql());
    Array keywords = connection.createArrayOf("VARCHAR", u.keywordArgs().toArray());
    Array sequence = connection.createArrayOf("VARCHAR", u.apiSequence().toArray());
    insert.setArray(14, keywords);
    insert.setArray(15, sequence);
    insert.setString(16, u.snippet());
    insert.setTimestamp(17, now);
    insert.setArray(18, connection.createArrayOf("VARCHAR", u.keywordValues().toArray()));
    insert.setString(19, u.condition());
    insert.executeUpdate();
  }

  /** A file row waiting for extraction. */
  private record PendingFile(String blobSha, String fetchStatus, String skipReason, String content,
      String repository, String path) {

    boolean fetched() {
      return "ok".equals(fetchStatus) && content != null;
    }

    /** @param crashedBefore an earlier run died while parsing this file in-process */
    ExtractionPool.FileLoader loader(boolean crashedBefore) {
      PendingFile self = this;
      String name = path == null ? blobSha + ".py" : path;
      return new ExtractionPool.FileLoader() {
        @Override public String repository() { return self.repository; }
        @Override public String path() { return name; }
        @Override public String blobSha() { return self.blobSha; }

        @Override
        public SourceFile load() {
          return new SourceFile(self.repository, name, self.blobSha,
              self.content == null ? new byte[0] : self.content.getBytes(StandardCharsets.UTF_8));
        }

        @Override
        public ExtractionPool.Extracted decidedWithoutReading() {
          if (crashedBefore) {
            return new ExtractionPool.Extracted(self.repository, name, self.blobSha, 0, FileOutcome.skipped(
                FileStatus.CRASHED, "it crashed the parser in an earlier run, in this process and in a child"
                    + " process; --isolate tries it again in a child process"));
          }
          return self.fetched() ? null : new ExtractionPool.Extracted(self.repository, name, self.blobSha, 0,
              FileOutcome.skipped(FileStatus.FAILED, "not fetched"));
        }
      };
    }
  }
}
