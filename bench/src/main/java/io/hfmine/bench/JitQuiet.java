package io.hfmine.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/**
 * Waits until the JIT compiler has caught up: a benchmark that generates its corpus first would
 * otherwise bill the compilation of the generator's code to the measurement that follows.
 */
final class JitQuiet {
  private JitQuiet() {
  }

  /** One line naming the JDK and its JIT mode, so printed figures say what they were measured with. */
  static String describeJvm() {
    boolean quick = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel=1"));
    return "JDK " + Runtime.version().feature() + ", " + (quick ? "quick JIT only (-XX:TieredStopAtLevel=1, as the"
        + " launcher runs usage commands)" : "tiered JIT (C1 and C2)");
  }

  /** Returns once no compilation time accrued for half a second, or after ten seconds. */
  static void await() throws InterruptedException {
    CompilationMXBean compiler = ManagementFactory.getCompilationMXBean();
    if (compiler == null || !compiler.isCompilationTimeMonitoringSupported()) {
      return;
    }
    long deadline = System.nanoTime() + 10_000_000_000L;
    long last = compiler.getTotalCompilationTime();
    while (System.nanoTime() < deadline) {
      Thread.sleep(500);
      long now = compiler.getTotalCompilationTime();
      if (now == last) {
        return;
      }
      last = now;
    }
  }
}
