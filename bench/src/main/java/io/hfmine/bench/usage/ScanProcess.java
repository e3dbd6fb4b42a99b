package io.hfmine.bench.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Runs {@code hfmine usage scan} in a fresh JVM with the launcher's flags for usage commands
 * ({@code scripts/usage-java-opts.sh}, handed over by {@code bench/run}), as a user runs it, and
 * reads what it cost ({@link MeasuredCommand}).
 */
public final class ScanProcess {
  private ScanProcess() {
  }

  /** What one run cost; CPU seconds as the kernel counted them for the process and its children. */
  public record Result(double cpuSeconds, double selfReportedCpuSeconds, double wallSeconds, long peakHeapBytes,
      long maxHeapBytes, long collections, long collectionPauseMillis, long peakRssKb, String jvmFlags,
      String summary) {
  }

  /** The launcher's flags for usage commands, as {@code bench/run} passed them. */
  public static List<String> usageJavaOptions() {
    String flags = System.getProperty("hfmine.bench.usage-java-opts", "-XX:TieredStopAtLevel=1").strip();
    return flags.isEmpty() ? List.of() : Arrays.asList(flags.split("\\s+"));
  }

  /**
   * A JVM as the launcher starts one for a usage command, with {@code extra} flags, running
   * {@link MeasuredCommand} on the benchmark's class path; the command's arguments follow.
   */
  static List<String> jvm(List<String> extra) {
    List<String> command = new ArrayList<>();
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("--enable-native-access=ALL-UNNAMED");
    command.addAll(usageJavaOptions());
    command.addAll(extra);
    command.add("-cp");
    command.add(System.getProperty("java.class.path"));
    command.add(MeasuredCommand.class.getName());
    return command;
  }

  public static Result run(Path argumentFile, int threads, boolean isolate, ClassCache cache, Path workDir)
      throws IOException, InterruptedException {
    Path result = workDir.resolve("scan-result.json");
    Path output = workDir.resolve("usages.jsonl");
    Path log = workDir.resolve("scan.log");
    List<String> extra = new ArrayList<>(cache.flags());
    extra.add("-Dhfmine.bench.result=" + result);
    List<String> command = jvm(extra);
    command.addAll(List.of("usage", "scan", "@" + argumentFile, "--output", output.toString(),
        "--threads", String.valueOf(threads), isolate ? "--isolate" : "--no-isolate"));
    double childrenBefore = ProcessCpu.endedChildren();
    Process process = new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
    int exit = process.waitFor();
    double kernelCpu = ProcessCpu.endedChildren() - childrenBefore;
    List<String> lines = Files.readAllLines(log);
    if (exit != 0 || !Files.exists(result)) {
      throw new IOException("usage scan failed (exit code " + exit + "): " + String.join("\n", lines));
    }
    JsonNode figures = new ObjectMapper().readTree(result.toFile());
    String summary = lines.stream().filter(line -> line.startsWith("usage scan:")).reduce((a, b) -> b).orElse("");
    double selfReported = figures.get("cpu_seconds").asDouble();
    return new Result(Double.isNaN(kernelCpu) ? selfReported : kernelCpu, selfReported,
        figures.get("wall_seconds").asDouble(), figures.get("peak_heap_bytes").asLong(),
        figures.get("max_heap_bytes").asLong(), figures.get("collections").asLong(),
        figures.get("collection_pause_ms").asLong(), figures.get("peak_rss_kb").asLong(),
        figures.get("jvm_flags").asText(), summary);
  }
}
