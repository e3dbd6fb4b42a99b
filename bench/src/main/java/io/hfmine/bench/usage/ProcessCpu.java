package io.hfmine.bench.usage;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * CPU time as the kernel counts it. On a machine shared with other work, CPU time says what a
 * run cost far better than wall time does.
 */
public final class ProcessCpu {
  private static final double TICKS_PER_SECOND = 100.0; // USER_HZ on Linux

  private ProcessCpu() {
  }

  /** CPU seconds (user + system, every thread) this JVM has used since it started. */
  public static double self() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
        .getProcessCpuTime() / 1e9;
  }

  /**
   * CPU seconds of this process's children that have ended and been waited for (Linux
   * {@code cutime + cstime}): the difference around a child's run is what it used, start-up
   * included. NaN where {@code /proc} is missing.
   */
  public static double endedChildren() {
    try {
      String stat = Files.readString(Path.of("/proc/self/stat"));
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // After the command name: state is field 3; cutime and cstime are fields 16 and 17.
      return (Long.parseLong(fields[13]) + Long.parseLong(fields[14])) / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return Double.NaN;
    }
  }

  /** The 1-minute load average, to say how busy the machine was; NaN where unknown. */
  public static double loadAverage() {
    return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
  }
}
