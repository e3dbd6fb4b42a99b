package io.hfmine.spark.extract;

import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.scan.LocalScan;
import io.hfmine.spark.output.UsageColumns;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.util.LongAccumulator;

/**
 * Extracts the usages of one partition of corpus files, streaming: one file in, one result row
 * out (its status and its usages nested), so a task holds one file at a time.
 *
 * <p>Input rows: {@code content} (binary), {@code path}, {@code repository}, {@code blob_sha}
 * (null: computed as git does). Each file goes through the same {@link FileExtractor} as
 * {@code usage scan}: size cap, binary check and prefilter before any parse; a bad file becomes
 * a status, never a failed task. Where it parses follows {@link Isolation} and the task's attempt.
 */
public final class PartitionExtractor implements MapPartitionsFunction<Row, Row> {
  private static final long serialVersionUID = 1L;
  /**
   * Fault injection for tests of crash handling in local mode, where the executor is the test's
   * own JVM and may not die: when set, an in-process attempt that meets a file holding this text
   * fails its task as an executor loss would. Worker JVMs get their own marker and die for real.
   */
  public static final String SIMULATED_CRASH_PROPERTY = "hfmine.spark.simulated-crash-marker";

  private final ExtractionSetup setup;
  private final Broadcast<CatalogIds> catalog;
  private final LongAccumulator extractionCpuNanos;

  public PartitionExtractor(ExtractionSetup setup, Broadcast<CatalogIds> catalog, LongAccumulator extractionCpuNanos) {
    this.setup = setup;
    this.catalog = catalog;
    this.extractionCpuNanos = extractionCpuNanos;
  }

  @Override
  public Iterator<Row> call(Iterator<Row> rows) {
    TaskContext task = TaskContext.get();
    int attempt = task == null ? 0 : task.attemptNumber();
    ExecutorExtractors executor = ExecutorExtractors.of(catalog.id() + "/" + setup.hashCode(), setup, catalog.value());
    boolean isolated = setup.isolation().inChildProcesses(attempt);
    FileExtractor extractor = isolated ? executor.inChildProcesses(setup) : executor.inProcess();
    String simulatedCrash = isolated ? null : System.getProperty(SIMULATED_CRASH_PROPERTY);
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long[] cpu = {0};
    if (task != null) {
      task.addTaskCompletionListener(done -> {
        extractionCpuNanos.add(cpu[0]);
        if (isolated) {
          extractor.close(); // ends this task's worker JVM; in-process extractors stay with their thread
        }
      });
    }
    return new Iterator<>() {
      @Override
      public boolean hasNext() {
        return rows.hasNext();
      }

      @Override
      public Row next() {
        Row row = rows.next();
        long start = threads.getCurrentThreadCpuTime();
        Row result = extract(row, extractor, simulatedCrash);
        cpu[0] += threads.getCurrentThreadCpuTime() - start;
        return result;
      }
    };
  }

  private static Row extract(Row row, FileExtractor extractor, String simulatedCrash) {
    byte[] content = row.isNullAt(0) ? null : (byte[]) row.get(0);
    String path = row.isNullAt(1) ? null : row.getString(1);
    String repository = row.isNullAt(2) ? null : row.getString(2);
    String blobSha = row.isNullAt(3) ? null : row.getString(3);
    if (path == null || path.isBlank()) {
      return result(repository, path, blobSha, null, content == null ? 0 : content.length,
          FileOutcome.skipped(FileStatus.FAILED, "no path in the corpus row"));
    }
    if (content == null) {
      return result(repository, path, blobSha, SourceFile.languageOf(path), 0,
          FileOutcome.skipped(FileStatus.FAILED, "no content in the corpus row"));
    }
    if (blobSha == null || blobSha.isBlank()) {
      blobSha = LocalScan.gitBlobSha(content);
    }
    if (simulatedCrash != null && new String(content, StandardCharsets.ISO_8859_1).contains(simulatedCrash)) {
      // Not an Error: Spark ends the whole JVM on a fatal error, and in local mode that is the driver too.
      throw new IllegalStateException("simulated crash of the executor on " + path);
    }
    SourceFile file = new SourceFile(repository, path, blobSha, content);
    return result(repository, path, blobSha, file.language(), content.length, extractor.extract(file));
  }

  private static Row result(String repository, String path, String blobSha, String language, long bytes,
      FileOutcome outcome) {
    List<UsageRecord> usages = outcome.usages();
    Row[] found = new Row[usages.size()];
    for (int i = 0; i < found.length; i++) {
      found[i] = usageRow(usages.get(i));
    }
    return RowFactory.create(repository, path, blobSha, language, bytes, outcome.status().sql(), outcome.detail(),
        outcome.syntaxErrors(), found.length, found);
  }

  private static Row usageRow(UsageRecord usage) {
    List<Object> values = UsageColumns.values(usage);
    Object[] cells = new Object[values.size()];
    for (int i = 0; i < cells.length; i++) {
      Object value = values.get(i);
      cells[i] = value instanceof List<?> list ? list.toArray(new String[0]) : value;
    }
    return RowFactory.create(cells);
  }
}
