package io.hfmine.bench.usage;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.cli.Main;
import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Runs one {@code hfmine} command in this JVM (started with the launcher's flags by the
 * benchmark) and writes what it cost to the file named by {@code -Dhfmine.bench.result}: CPU
 * seconds of the whole process (JVM start-up, JIT and collector threads included), wall
 * seconds since the JVM started, peak heap in use, peak resident memory.
 */
public final class MeasuredCommand {
  private MeasuredCommand() {
  }

  public static void main(String[] args) throws IOException {
    int exit;
    Map<String, Object> figures = new LinkedHashMap<>();
    try (HeapPeak heap = new HeapPeak()) {
      exit = Main.run(args, System.out, System.err);
      figures.put("exit", exit);
      figures.put("cpu_seconds", ProcessCpu.self());
      figures.put("wall_seconds", ManagementFactory.getRuntimeMXBean().getUptime() / 1e3);
      figures.put("peak_heap_bytes", heap.bytes());
      figures.put("max_heap_bytes", Runtime.getRuntime().maxMemory());
      figures.put("collections", heap.collections());
      figures.put("collection_pause_ms", heap.pauseMillis());
      figures.put("peak_rss_kb", peakResidentKb());
      figures.put("jvm_flags", String.join(" ", ManagementFactory.getRuntimeMXBean().getInputArguments()));
    }
    new ObjectMapper().writeValue(Path.of(System.getProperty("hfmine.bench.result")).toFile(), figures);
    System.exit(exit);
  }

  private static long peakResidentKb() {
    try {
      for (String line : Files.readAllLines(Path.of("/proc/self/status"))) {
        if (line.startsWith("VmHWM:")) {
          return Long.parseLong(line.replaceAll("[^0-9]", ""));
        }
      }
    } catch (IOException | RuntimeException e) {
      // not Linux
    }
    return -1;
  }
}
