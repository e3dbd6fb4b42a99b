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
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * End-to-end {@code usage scan} over a generated repository-like corpus where about one file in
 * six loads a model: the share of files the prefilter lets through and the scan's MB/s.
 *
 * <p>Args: [megabytes (default 60)] [threads (default 2)] [isolate: parse in child processes].
 */
public final class UsageScanBenchmark {
  private UsageScanBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 60;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    Path dir = Files.createTempDirectory("hfmine-scan-bench");
    try {
      int files = new PythonCorpus(7).write(dir, megabytes * 1_000_000, 6);
      boolean isolate = args.length > 2 && args[2].equals("isolate");
      UsageSettings settings = UsageSettings.defaults().withThreads(threads).withIsolation(isolate);
      LocalScan scan = new LocalScan(settings, isolate ? new IsolatedExtractorFactory(settings, ModelCatalog.NONE)
          : new UsageExtractorFactory(settings, ModelCatalog.NONE));
      System.out.printf("corpus: %,d files, ~%d MB, 1 file in 6 loads a model, %d threads%s%n", files, megabytes, threads,
          isolate ? ", parsing in child processes" : "");
      System.out.println("JVM: " + BenchJvm.describe());

      scan.run(List.of(dir.resolve("pkg0")), new JsonlUsageWriter(Writer.nullWriter()), Progress.NONE, s -> { });
      BenchJvm.awaitJitQuiet();
      long cpu = ((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
          .getOperatingSystemMXBean()).getProcessCpuTime();
      long start = System.nanoTime();
      ScanReport report;
      try (UsageSink sink = new JsonlUsageWriter(Writer.nullWriter())) {
        report = scan.run(List.of(dir), sink, Progress.NONE, s -> { });
      }
      double seconds = (System.nanoTime() - start) / 1e9;
      double cpuSeconds = (((com.sun.management.OperatingSystemMXBean) java.lang.management.ManagementFactory
          .getOperatingSystemMXBean()).getProcessCpuTime() - cpu) / 1e9;
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
