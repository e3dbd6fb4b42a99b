package io.hfmine.bench;

import java.lang.management.CompilationMXBean;
import java.lang.management.ManagementFactory;

/** What a benchmark needs to know of, and wait for in, the JVM it runs in. */
final class BenchJvm {
  private BenchJvm() {
  }

  /** One line naming the JDK and its JIT mode, so printed figures say what they were measured with. */
  static String describe() {
    boolean quick = ManagementFactory.getRuntimeMXBean().getInputArguments().stream()
        .anyMatch(flag -> flag.startsWith("-XX:TieredStopAtLevel=1"));
    return "JDK " + Runtime.version().feature() + ", " + (quick ? "quick JIT only (-XX:TieredStopAtLevel=1, as the"
        + " launcher runs usage commands)" : "tiered JIT (C1 and C2)");
  }

  /**
   * Returns once the JIT compiler has caught up (no compilation time for half a second, or ten
   * seconds at most): a benchmark that generates its corpus first would otherwise bill the
   * compilation of the generator's code to the measurement that follows.
   */
  static void awaitJitQuiet() throws InterruptedException {
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
