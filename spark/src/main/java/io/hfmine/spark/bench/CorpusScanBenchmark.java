package io.hfmine.spark.bench;

import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.scan.JsonlUsageWriter;
import io.hfmine.analyzers.usage.scan.LocalScan;
import io.hfmine.analyzers.usage.scan.ScanReport;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.spark.CorpusColumns;
import io.hfmine.spark.CorpusScan;
import io.hfmine.spark.CorpusScanSpec;
import io.hfmine.spark.extract.Isolation;
import io.hfmine.spark.output.JobSummary;
import java.io.IOException;
import java.io.Writer;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.spark.scheduler.SparkListener;
import org.apache.spark.scheduler.SparkListenerTaskEnd;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Scaling of the corpus scan in Spark local mode with 1 and 2 cores, against {@code usage scan}
 * on the same files, over real Python checkouts written into Parquet.
 *
 * <p>Args: [checkouts dir (default /work/corpus/repos)] [megabytes (default 100)]. Files are
 * the checkouts' {@code .py} files in a fixed shuffled order (seed 18) until the size is
 * reached. Measures wall time and this process's CPU time per run (CPU time is what another
 * program's load on the machine disturbs least), and the CPU time Spark's task metrics give.
 */
public final class CorpusScanBenchmark {
  private static final StructType CORPUS = DataTypes.createStructType(List.of(
      DataTypes.createStructField("repo", DataTypes.StringType, true),
      DataTypes.createStructField("path", DataTypes.StringType, true),
      DataTypes.createStructField("content", DataTypes.BinaryType, true)));

  private CorpusScanBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    Path root = Path.of(args.length > 0 ? args[0] : "/work/corpus/repos");
    long megabytes = args.length > 1 ? Long.parseLong(args[1]) : 100;
    Path work = Files.createTempDirectory("hfmine-spark-bench");
    List<Path> files = pick(root, megabytes * 1_000_000);
    long bytes = 0;
    for (Path file : files) {
      bytes += Files.size(file);
    }
    double mb = bytes / 1e6;
    System.out.printf("corpus: %,d .py files, %.1f MB from %s%n", files.size(), mb, root);
    System.out.println("JVM: " + Runtime.version() + ", " + ManagementFactory.getRuntimeMXBean().getInputArguments()
        .stream().filter(a -> a.startsWith("-X")).toList());
    System.out.println("load average at start: " + loadAverage());

    UsageSettings settings = Config.defaults().with("usage.native-dir", work.resolve("natives").toString())
        .section("usage", UsageSettings.class).withThreads(1);
    Run warm = time(() -> scan(settings, files.subList(0, Math.min(files.size(), files.size() / 10))));
    System.out.printf("warm-up: usage scan over a tenth of the files, %.1f s%n", warm.wallSeconds);
    Run scan = time(() -> scan(settings, files));
    print("usage scan, 1 thread", mb, scan);

    Path corpus = work.resolve("corpus");
    writeCorpus(files, corpus, work);
    // Spark's own code is compiled by the JIT on first use; a long cluster job pays that once per
    // executor, so the measured runs come after a run over 2 of the 16 corpus files.
    Run sparkWarm = spark("local[2]", corpus.resolve("part-0000[01]-*"), work.resolve("warm"));
    System.out.printf("warm-up: spark local[2] over 2 of the 16 corpus files, %.1f s%n", sparkWarm.wallSeconds);
    Run one = spark("local[1]", corpus, work.resolve("out1"));
    print("spark local[1]", mb, one);
    Run two = spark("local[2]", corpus, work.resolve("out2"));
    print("spark local[2]", mb, two);

    double wallEfficiency = (one.wallSeconds / two.wallSeconds) / 2;
    double cpuEfficiency = (mb / two.cpuSeconds) / (mb / one.cpuSeconds);
    System.out.printf("scaling efficiency 1 -> 2 cores: %.2f by wall time, %.2f by CPU time (target >= 0.85)%n",
        wallEfficiency, cpuEfficiency);
    System.out.printf("per-core throughput, spark local[1] / usage scan: %.2f by process CPU time, %.2f by task CPU"
        + " time, %.2f by wall time (target >= 0.85)%n", scan.cpuSeconds / one.cpuSeconds,
        scan.cpuSeconds / one.taskCpuSeconds, scan.wallSeconds / one.wallSeconds);
    System.out.println("load average at end: " + loadAverage());
  }

  private static void print(String name, double mb, Run run) {
    System.out.printf("%-22s %6.1f s wall, %6.1f s CPU (%5.1f s in tasks): %5.2f MB/s wall, %5.2f MB per CPU-second%s%n",
        name, run.wallSeconds, run.cpuSeconds, run.taskCpuSeconds, mb / run.wallSeconds, mb / run.cpuSeconds,
        run.detail == null ? "" : "; " + run.detail);
  }

  /** As {@code usage scan --threads 1 FILES} runs, its JSON Lines written to nowhere. */
  private static String scan(UsageSettings settings, List<Path> files) throws IOException {
    try (JsonlUsageWriter sink = new JsonlUsageWriter(Writer.nullWriter())) {
      ScanReport report = new LocalScan(settings, new UsageExtractorFactory(settings, ModelCatalog.NONE))
          .run(files, sink, Progress.NONE, line -> { });
      return report.summary();
    }
  }

  private static Run spark(String master, Path corpus, Path out) throws Exception {
    SparkSession spark = SparkSession.builder().master(master).appName("hfmine-spark-bench")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    AtomicLong taskCpu = new AtomicLong();
    spark.sparkContext().addSparkListener(new SparkListener() {
      @Override
      public void onTaskEnd(SparkListenerTaskEnd end) {
        if (end.taskMetrics() != null) {
          taskCpu.addAndGet(end.taskMetrics().executorCpuTime());
        }
      }
    });
    try {
      Run run = time(() -> {
        JobSummary summary = new CorpusScan(spark).run(new CorpusScanSpec(corpus.toString(), "parquet",
            new CorpusColumns("content", "path", "repo", null), out.toString(), null, Isolation.RETRY, null, List.of(),
            0, false));
        return summary.line();
      });
      return new Run(run.wallSeconds, run.cpuSeconds, taskCpu.get() / 1e9, run.detail);
    } finally {
      spark.stop();
    }
  }

  /** Writes the files as 16 Parquet files (repo, path, content), so both cores find work. */
  private static void writeCorpus(List<Path> files, Path corpus, Path work) throws IOException {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("hfmine-spark-bench-corpus")
        .config("spark.ui.enabled", "false").config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1").getOrCreate();
    try {
      List<Row> rows = new ArrayList<>(files.size());
      for (Path file : files) {
        Path relative = work.getRoot().relativize(file);
        String repo = relative.getNameCount() > 3 ? relative.getName(3).toString().replace("__", "/") : null;
        rows.add(RowFactory.create(repo, file.toString(), Files.readAllBytes(file)));
      }
      spark.createDataFrame(rows, CORPUS).repartition(16).write().parquet(corpus.toString());
    } finally {
      spark.stop();
    }
  }

  private static List<Path> pick(Path root, long bytes) throws IOException {
    List<Path> all;
    try (Stream<Path> walk = Files.walk(root)) {
      all = new ArrayList<>(walk.filter(p -> p.toString().endsWith(".py")).filter(Files::isRegularFile).sorted().toList());
    }
    Collections.shuffle(all, new Random(18));
    List<Path> picked = new ArrayList<>();
    long total = 0;
    for (Path file : all) {
      if (total >= bytes) {
        break;
      }
      picked.add(file);
      total += Files.size(file);
    }
    if (total < bytes) {
      System.out.printf("only %.1f MB of Python under %s%n", total / 1e6, root);
    }
    return picked;
  }

  private static String loadAverage() {
    try {
      return Files.readString(Path.of("/proc/loadavg")).strip();
    } catch (IOException e) {
      return "unknown";
    }
  }

  private static Run time(Work work) throws Exception {
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    long cpu = os.getProcessCpuTime();
    long start = System.nanoTime();
    String detail = work.run();
    return new Run((System.nanoTime() - start) / 1e9, (os.getProcessCpuTime() - cpu) / 1e9, 0, detail);
  }

  private interface Work {
    String run() throws Exception;
  }

  private record Run(double wallSeconds, double cpuSeconds, double taskCpuSeconds, String detail) {
  }
}
