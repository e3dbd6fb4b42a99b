package io.hfmine.bench;

import io.hfmine.analyzers.usage.ExtractionPool;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.python.tree.PythonTreeParser;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import io.hfmine.bench.usage.AstReference;
import io.hfmine.bench.usage.PrefilterShare;
import io.hfmine.bench.usage.ProcessCpu;
import io.hfmine.bench.usage.RealCorpus;
import io.hfmine.datasets.files.DirectoryTree;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;

/**
 * Usage extraction throughput against raw tree-sitter parsing of the same files.
 *
 * <p>Args: [DIR of real checkouts, or megabytes of generated Python (default 50)] [threads
 * (default 2)] [tree-sitter binding: auto, foreign or jni]. On real code the files are those the
 * prefilter lets through, and the CPython-{@code ast} reference runs on them too; generated files
 * all load models. Either way every file is parsed and searched: the ratio shows what extraction
 * costs on top of the parse.
 */
public final class UsageExtractionBenchmark {
  private static final int WARM_UP_FILES = 300;

  private UsageExtractionBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    boolean real = args.length > 0 && Files.isDirectory(Path.of(args[0]));
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    UsageSettings defaults = UsageSettings.defaults().withThreads(threads);
    String wanted = args.length > 2 ? args[2] : defaults.treeSitterBinding();
    UsageSettings settings = new UsageSettings(defaults.nativeDir(), defaults.maxFileBytes(),
        defaults.parseTimeoutMillis(), threads, defaults.snippetMaxLines(), defaults.moduleWindowStatements(),
        defaults.apiSequenceLimit(), defaults.batchFiles(), null, null, wanted, defaults.maxNotebookBytes(),
        defaults.isolation(), defaults.isolationHeapMegabytes());
    Path dir = real ? null : Files.createTempDirectory("hfmine-usage-bench");
    try {
      List<Path> paths;
      String what;
      if (real) {
        // The files the prefilter lets through: what extraction really parses in that corpus.
        RealCorpus corpus = RealCorpus.of(Path.of(args[0]));
        paths = PrefilterShare.of(corpus, settings).passed();
        what = String.format("%s: the %,d of its %,d Python files (.py) that the prefilter lets through",
            args[0], paths.size(), corpus.files().size());
      } else {
        long megabytes = args.length > 0 ? Long.parseLong(args[0]) : 50;
        new PythonCorpus(42).write(dir, megabytes * 1_000_000, 1);
        try (Stream<Path> walk = Files.walk(dir)) {
          paths = walk.filter(p -> p.toString().endsWith(".py")).sorted().toList();
        }
        what = "generated Python, every file loads models";
      }
      long bytes = 0;
      for (Path path : paths) {
        bytes += Files.size(path);
      }
      String binding;
      String library;
      try (PythonTreeParser parser = PythonTreeParser.open(settings.nativeDirectory(), settings.treeSitterBinding())) {
        binding = parser.binding();
        library = parser.nativeLibrary();
      }
      System.out.printf("corpus: %s; %,d files, %.1f MB; %d threads, tree-sitter binding %s (after a warm-up on"
          + " %d of the files)%n", what, paths.size(), bytes / 1e6, threads, binding, Math.min(WARM_UP_FILES, paths.size()));
      System.out.println("tree-sitter: " + library);
      System.out.println("JVM: " + BenchJvm.describe());

      // Warm-up, so that both measurements run compiled code: the JIT compiles the extractor's
      // many paths only after they have run a while (a few CPU-seconds of compiler threads that a
      // long extraction pays once); the bare parse has little Java code to compile.
      List<String> bindings = Runtime.version().feature() >= 22 ? List.of("jni", "foreign") : List.of("jni");
      List<Path> warmUp = paths.subList(0, Math.min(WARM_UP_FILES, paths.size()));
      for (String each : bindings) {
        rawParse(warmUp, threads, settings, each);
      }
      for (int round = 0; round < 3; round++) {
        extract(warmUp, settings);
      }
      BenchJvm.awaitJitQuiet();

      // The baseline is the faster bare parse of the two bindings (no copy, no extraction).
      double rawSeconds = Double.MAX_VALUE;
      double rawCpu = Double.MAX_VALUE;
      for (String each : bindings) {
        double cpu = ProcessCpu.self();
        long start = System.nanoTime();
        rawParse(paths, threads, settings, each);
        double seconds = (System.nanoTime() - start) / 1e9;
        double cpuSeconds = ProcessCpu.self() - cpu;
        String lib;
        try (PythonTreeParser parser = PythonTreeParser.open(settings.nativeDirectory(), each)) {
          lib = parser.nativeLibrary().startsWith("tree-sitter as shipped") ? "shipped build" : "optimised build";
        }
        System.out.printf("raw tree-sitter parse (%s, %s): %.1f s wall, %.0f files/s, %.2f MB/s; %.1f CPU-s,"
            + " %.2f MB per CPU-s%n", each, lib, seconds, paths.size() / seconds, bytes / 1e6 / seconds, cpuSeconds,
            bytes / 1e6 / cpuSeconds);
        rawSeconds = Math.min(rawSeconds, seconds);
        rawCpu = Math.min(rawCpu, cpuSeconds);
      }

      resetPeaks();
      double cpu = ProcessCpu.self();
      long start = System.nanoTime();
      long usages = extract(paths, settings);
      double extractSeconds = (System.nanoTime() - start) / 1e9;
      double extractCpu = ProcessCpu.self() - cpu;
      long peakHeap = peakHeap();

      double rawMbs = bytes / 1e6 / rawSeconds;
      double extractMbs = bytes / 1e6 / extractSeconds;
      System.out.printf("usage extraction:      %.1f s wall, %.0f files/s, %.2f MB/s; %.1f CPU-s, %.2f MB per CPU-s,"
          + " %,d usages%n", extractSeconds, paths.size() / extractSeconds, extractMbs, extractCpu,
          bytes / 1e6 / extractCpu, usages);
      // CPU time does not depend on what else the machine runs; wall time does.
      System.out.printf("extraction / raw parse: %.2fx by CPU time, %.2fx by wall time   (target >= 0.80x)%n",
          rawCpu / extractCpu, extractMbs / rawMbs);
      System.out.printf("peak heap during extraction: %.0f MB (upper bound: the sum of each heap pool's peak)%n",
          peakHeap / 1e6);
      if (real) {
        reference(paths, bytes, extractCpu);
      }
    } finally {
      if (dir != null) {
        DirectoryTree.delete(dir);
      }
    }
  }

  /** The CPython-ast reference on the same files, in its own process. */
  private static void reference(List<Path> paths, long bytes, double extractCpu) throws Exception {
    String python = AstReference.pythonVersion();
    if (python == null) {
      System.out.println("reference: skipped, no python3 here");
      return;
    }
    Path work = Files.createTempDirectory("hfmine-usage-bench-reference");
    try {
      Path list = work.resolve("files.txt");
      Files.write(list, paths.stream().map(Path::toString).toList(), StandardCharsets.UTF_8);
      AstReference.Result reference = AstReference.run(SignatureCatalog.shipped(), list, work);
      System.out.printf("reference (%s, ast.parse and ast.walk) on the same files: %.1f CPU-s, %.2f MB per CPU-s"
          + " (interpreter start-up included)%n", python, reference.cpuSeconds(), bytes / 1e6 / reference.cpuSeconds());
      System.out.printf("CPU throughput, extraction / reference on the files it parses: %.2fx%n",
          reference.cpuSeconds() / extractCpu);
    } finally {
      DirectoryTree.delete(work);
    }
  }

  private static void rawParse(List<Path> paths, int threads, UsageSettings settings, String binding) throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    try {
      List<Future<?>> futures = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int offset = t;
        futures.add(pool.submit(() -> {
          try (PythonTreeParser parser = PythonTreeParser.open(settings.nativeDirectory(), binding)) {
            for (int i = offset; i < paths.size(); i += threads) {
              byte[] content = Files.readAllBytes(paths.get(i));
              if (!parser.parseOnly(content, Duration.ofSeconds(30))) {
                throw new IllegalStateException("parse timed out: " + paths.get(i));
              }
            }
          }
          return null;
        }));
      }
      for (Future<?> future : futures) {
        future.get();
      }
    } finally {
      pool.shutdown();
    }
  }

  private static long extract(List<Path> paths, UsageSettings settings) {
    AtomicLong usages = new AtomicLong();
    try (ExtractionPool pool = new ExtractionPool(settings.threads(),
        new UsageExtractorFactory(settings, ModelCatalog.NONE), e -> usages.addAndGet(e.outcome().usages().size()))) {
      for (Path path : paths) {
        pool.submit(new ExtractionPool.FileLoader() {
          @Override public String repository() { return null; }
          @Override public String path() { return path.toString(); }
          @Override public String blobSha() { return null; }
          @Override public SourceFile load() throws Exception {
            return new SourceFile(null, path.toString(), null, Files.readAllBytes(path));
          }
        });
      }
      pool.drain();
    }
    return usages.get();
  }

  private static void resetPeaks() {
    System.gc();
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      pool.resetPeakUsage();
    }
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }
}
