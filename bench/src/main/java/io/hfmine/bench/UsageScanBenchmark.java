package io.hfmine.bench;

import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.isolation.IsolatedExtractorFactory;
import io.hfmine.analyzers.usage.scan.JsonlUsageWriter;
import io.hfmine.analyzers.usage.scan.LocalScan;
import io.hfmine.analyzers.usage.scan.ScanReport;
import io.hfmine.analyzers.usage.scan.UsageSink;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import io.hfmine.bench.usage.AstReference;
import io.hfmine.bench.usage.PrefilterShare;
import io.hfmine.bench.usage.ProcessCpu;
import io.hfmine.bench.usage.RealCorpus;
import io.hfmine.bench.usage.ScanProcess;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * End-to-end {@code usage scan}.
 *
 * <p>On a folder of real checkouts ({@code bench/run usage-scan DIR [threads] [isolate]}): runs
 * {@code usage scan} on its Python files in a fresh JVM with the launcher's flags, and the
 * CPython-{@code ast} reference ({@code bench/reference/usage_scan_reference.py}) on the same
 * files; prints CPU throughput (MB per CPU-second) of both, wall throughput, peak heap and how
 * many files the prefilter let through. On a generated corpus ({@code bench/run usage-scan [MB]
 * [threads] [isolate]}, one file in six loads a model): the scan's MB/s in this JVM.
 */
public final class UsageScanBenchmark {
  private UsageScanBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    if (args.length > 0 && Files.isDirectory(Path.of(args[0]))) {
      real(Path.of(args[0]), args.length > 1 ? Integer.parseInt(args[1]) : 2, args.length > 2 && args[2].equals("isolate"));
    } else {
      generated(args);
    }
  }

  private static void real(Path root, int threads, boolean isolate) throws Exception {
    UsageSettings settings = UsageSettings.defaults().withThreads(threads);
    RealCorpus corpus = RealCorpus.of(root);
    System.out.printf("corpus: %s: %,d Python files (.py), %.1f MB, in %d folders (the files `usage scan` reads"
        + " there; notebooks and stubs left out, as the reference reads Python source only)%n", root,
        corpus.files().size(), corpus.megabytes(), corpus.repositories());
    Path work = Files.createTempDirectory("hfmine-real-scan-bench");
    try {
      corpus.warmPageCache();
      PrefilterShare share = PrefilterShare.of(corpus, settings);
      System.out.printf("prefilter: %,d files (%.1f%% of the bytes) name a signature's keyword; %,d of them"
          + " (%.1f%% of the bytes) also import its library and are parsed%n", share.withKeyword(),
          100.0 * share.withKeywordBytes() / corpus.bytes(), share.passed().size(),
          100.0 * share.passedBytes() / corpus.bytes());

      double loadBefore = ProcessCpu.loadAverage();
      ScanProcess.Result scan = ScanProcess.run(corpus.writeArgumentFile(work), threads, isolate, work);
      System.out.printf("hfmine usage scan, %d threads%s, fresh JVM as the launcher runs it (%s):%n", threads,
          isolate ? ", parsing in child processes" : "", String.join(" ", ScanProcess.usageJavaOptions()));
      System.out.println("  " + scan.summary());
      System.out.printf("  CPU: %.1f CPU-s (JVM start-up included), %.2f MB per CPU-s; wall %.1f s, %.2f MB/s%n",
          scan.cpuSeconds(), corpus.megabytes() / scan.cpuSeconds(), scan.wallSeconds(),
          corpus.megabytes() / scan.wallSeconds());
      System.out.printf("  memory: peak heap %.0f MB in use (of %.0f MB allowed), %d collections, %.1f s paused;"
          + " peak RSS %.0f MB%n", scan.peakHeapBytes() / 1e6, scan.maxHeapBytes() / 1e6, scan.collections(),
          scan.collectionPauseMillis() / 1e3, scan.peakRssKb() / 1e3);

      String python = AstReference.pythonVersion();
      if (python == null) {
        System.out.println("reference: skipped, no python3 here");
      } else {
        AstReference.Result reference = AstReference.run(SignatureCatalog.shipped(), corpus.writeList(work), work);
        System.out.printf("reference (%s, ast.parse and ast.walk of every file): %.1f CPU-s, %.2f MB per CPU-s;"
            + " wall %.1f s; peak RSS %.0f MB%n", python, reference.cpuSeconds(), reference.megabytesPerCpuSecond(),
            reference.wallSeconds(), reference.maxRssKb() / 1e3);
        System.out.printf("  %,d files parsed, %,d it cannot parse (Python 2, syntax errors); %,d loading calls,"
            + " %,d with a literal or constant id%n", reference.parsed(), reference.unparsable(), reference.calls(),
            reference.literalIds());
        System.out.printf("CPU throughput, hfmine / reference: %.2fx   (target >= 2x)%n",
            reference.cpuSeconds() / scan.cpuSeconds());
      }
      System.out.printf("peak heap of usage scan on %d threads: %.0f MB   (target <= 256 MB)%n", threads,
          scan.peakHeapBytes() / 1e6);
      System.out.printf("machine load (1-minute average) before and after: %.1f, %.1f on %d cores; CPU time is"
          + " what to compare on a shared machine%n", loadBefore, ProcessCpu.loadAverage(),
          Runtime.getRuntime().availableProcessors());
    } finally {
      DirectoryTree.delete(work);
    }
  }

  private static void generated(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 60;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("hfmine-scan-bench");
    try {
      int files = new PythonCorpus(7).write(dir, megabytes * 1_000_000, 6);
      boolean isolate = args.length > 2 && args[2].equals("isolate");
      UsageSettings settings = UsageSettings.defaults().withThreads(threads).withIsolation(isolate);
      LocalScan scan = new LocalScan(settings, isolate ? new IsolatedExtractorFactory(settings, ModelCatalog.NONE)
          : new UsageExtractorFactory(settings, ModelCatalog.NONE));
      System.out.printf("corpus: %,d files, ~%d MB of generated Python, 1 file in 6 loads a model, %d threads%s%n",
          files, megabytes, threads, isolate ? ", parsing in child processes" : "");
      System.out.println("JVM: " + BenchJvm.describe());

      scan.run(List.of(dir.resolve("pkg0")), new JsonlUsageWriter(Writer.nullWriter()), Progress.NONE, s -> { });
      BenchJvm.awaitJitQuiet();
      double cpu = ProcessCpu.self();
      long start = System.nanoTime();
      ScanReport report;
      try (UsageSink sink = new JsonlUsageWriter(Writer.nullWriter())) {
        report = scan.run(List.of(dir), sink, Progress.NONE, s -> { });
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = ProcessCpu.self() - cpu;
      System.out.printf("files: %,d, parsed %,d (%.1f%%), prefiltered %,d; %,d usages%n", report.files(),
          report.files(FileStatus.PARSED), 100.0 * report.files(FileStatus.PARSED) / report.files(),
          report.files(FileStatus.PREFILTERED), report.usages());
      System.out.printf("bytes parsed: %.1f%% of %.1f MB%n", 100.0 * report.parsedBytes() / report.bytes(),
          report.bytes() / 1e6);
      System.out.printf("usage scan end to end: %.1f s, %.0f files/s, %.2f MB/s   (target >= 10 MB/s on 2 threads)%n",
          seconds, report.files() / seconds, report.bytes() / 1e6 / seconds);
      // On a shared machine the wall figure depends on the other load; CPU time does not.
      System.out.printf("CPU: %.1f CPU-s (%.0f%% of %d cores during the scan), %.2f MB per CPU-s%n", cpuSeconds,
          100 * cpuSeconds / seconds / Runtime.getRuntime().availableProcessors(),
          Runtime.getRuntime().availableProcessors(), report.bytes() / 1e6 / cpuSeconds);
    } finally {
      DirectoryTree.delete(dir);
    }
  }
}
