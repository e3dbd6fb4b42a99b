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
import io.hfmine.bench.usage.ClassCache;
import io.hfmine.bench.usage.PrefilterShare;
import io.hfmine.bench.usage.ProcessCpu;
import io.hfmine.bench.usage.RealCorpus;
import io.hfmine.bench.usage.ScanProcess;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * End-to-end {@code usage scan}.
 *
 * <p>On a folder of real checkouts ({@code bench/run usage-scan DIR [threads] [isolate] [--runs N]
 * [--no-class-cache]}): runs {@code usage scan} on its Python files in a fresh JVM with the
 * launcher's flags and, on JDK 25 and later, its class cache (made once beforehand), and the
 * CPython-{@code ast} reference ({@code bench/reference/usage_scan_reference.py}) on the same
 * files, N times each (3 by default), alternating; prints CPU throughput (MB per CPU-second) of both, wall throughput, peak heap and how
 * many files the prefilter let through. On a generated corpus ({@code bench/run usage-scan [MB]
 * [threads] [isolate]}, one file in six loads a model): the scan's MB/s in this JVM.
 */
public final class UsageScanBenchmark {
  private UsageScanBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    List<String> positional = new ArrayList<>();
    int runs = 3;
    boolean classCache = true;
    for (int i = 0; i < args.length; i++) {
      if (args[i].equals("--no-class-cache")) {
        classCache = false;
      } else if (args[i].equals("--runs")) {
        runs = runsOption(i + 1 < args.length ? args[++i] : null);
      } else {
        positional.add(args[i]);
      }
    }
    if (!positional.isEmpty() && Files.isDirectory(Path.of(positional.get(0)))) {
      real(Path.of(positional.get(0)), positional.size() > 1 ? Integer.parseInt(positional.get(1)) : 2,
          positional.size() > 2 && positional.get(2).equals("isolate"), runs, classCache);
    } else {
      generated(positional.toArray(String[]::new));
    }
  }

  private static int runsOption(String value) {
    if (value == null) {
      throw new IllegalArgumentException("--runs needs a number after it");
    }
    try {
      int runs = Integer.parseInt(value);
      if (runs >= 1) {
        return runs;
      }
    } catch (NumberFormatException ignored) {
      // reported below
    }
    throw new IllegalArgumentException("--runs takes a whole number of at least 1, not '" + value + "'");
  }

  // One run of each side varies by a quarter or more on a shared machine, so the sides alternate
  // (scan, reference, scan, reference ...) to see the same load, and the ratio is of their summed
  // CPU time: one slow run on either side cannot decide the figure alone.
  private static void real(Path root, int threads, boolean isolate, int runs, boolean classCache) throws Exception {
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
      String python = AstReference.pythonVersion();
      System.out.printf("%d run%s of each side, alternating%s; hfmine usage scan on %d threads%s, a fresh JVM as the"
          + " launcher runs it (%s)%n", runs, runs == 1 ? "" : "s", python == null ? " (no python3 here: hfmine only)" : "",
          threads, isolate ? ", parsing in child processes" : "", String.join(" ", ScanProcess.usageJavaOptions()));

      ClassCache cache = classCache
          ? ClassCache.make(work, Path.of(System.getProperty("hfmine.root", "."), "analyzers", "src", "test", "resources",
              "usage-corpus"))
          : ClassCache.none("--no-class-cache");
      System.out.println(cache.description());
      double loadBefore = ProcessCpu.loadAverage();
      Path argumentFile = corpus.writeArgumentFile(work);
      Path list = corpus.writeList(work);
      List<ScanProcess.Result> scans = new ArrayList<>();
      List<AstReference.Result> references = new ArrayList<>();
      for (int run = 1; run <= runs; run++) {
        ScanProcess.Result scan = ScanProcess.run(argumentFile, threads, isolate, cache, work);
        scans.add(scan);
        String line = String.format("run %d: hfmine %.1f CPU-s (wall %.1f s, peak heap %.0f MB)", run,
            scan.cpuSeconds(), scan.wallSeconds(), scan.peakHeapBytes() / 1e6);
        if (python != null) {
          AstReference.Result reference = AstReference.run(SignatureCatalog.shipped(), list, work);
          references.add(reference);
          line += String.format("; reference %.1f CPU-s (wall %.1f s): %.2fx", reference.cpuSeconds(),
              reference.wallSeconds(), reference.cpuSeconds() / scan.cpuSeconds());
        }
        System.out.println(line);
      }

      ScanProcess.Result last = scans.get(scans.size() - 1);
      double scanCpu = scans.stream().mapToDouble(ScanProcess.Result::cpuSeconds).sum();
      long peakHeap = scans.stream().mapToLong(ScanProcess.Result::peakHeapBytes).max().orElse(0);
      System.out.println("hfmine usage scan: " + last.summary());
      System.out.printf("  CPU: %.1f CPU-s a run on average (JVM start-up included), %.2f MB per CPU-s; wall %.1f s"
          + " a run, %.2f MB/s%n", scanCpu / runs, corpus.megabytes() * runs / scanCpu,
          scans.stream().mapToDouble(ScanProcess.Result::wallSeconds).average().orElse(0),
          corpus.megabytes() * runs / scans.stream().mapToDouble(ScanProcess.Result::wallSeconds).sum());
      System.out.printf("  memory (last run): peak heap %.0f MB in use (of %.0f MB allowed), %d collections, %.1f s"
          + " paused; peak RSS %.0f MB%n", last.peakHeapBytes() / 1e6, last.maxHeapBytes() / 1e6, last.collections(),
          last.collectionPauseMillis() / 1e3, last.peakRssKb() / 1e3);
      if (python != null) {
        AstReference.Result reference = references.get(references.size() - 1);
        double referenceCpu = references.stream().mapToDouble(AstReference.Result::cpuSeconds).sum();
        System.out.printf("reference (%s, ast.parse and ast.walk of every file): %.1f CPU-s a run on average,"
            + " %.2f MB per CPU-s; peak RSS %.0f MB%n", python, referenceCpu / runs,
            corpus.megabytes() * runs / referenceCpu, reference.maxRssKb() / 1e3);
        System.out.printf("  %,d files parsed, %,d it cannot parse (Python 2, syntax errors); %,d loading calls,"
            + " %,d with a literal or constant id%n", reference.parsed(), reference.unparsable(), reference.calls(),
            reference.literalIds());
        System.out.printf("CPU throughput, hfmine / reference, all %d runs pooled: %.2fx   (target >= 2x)%n", runs,
            referenceCpu / scanCpu);
      }
      System.out.printf("peak heap of usage scan on %d threads, highest of the runs: %.0f MB   (target <= 256 MB)%n",
          threads, peakHeap / 1e6);
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
