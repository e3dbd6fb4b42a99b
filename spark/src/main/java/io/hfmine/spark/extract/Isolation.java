package io.hfmine.spark.extract;

import java.util.Locale;

/**
 * Where a task parses: what a file that kills the parsing JVM (a native crash no Java code can
 * catch) costs.
 */
public enum Isolation {
  /** In the executor JVM, always: fastest; a poison file fails its task until Spark gives up on the job. */
  NONE,
  /**
   * In the executor JVM on a task's first attempt, in child JVMs on every retry: a poison file
   * costs its executor once, then the retry records it {@code crashed} and finishes. The default.
   */
  RETRY,
  /** In child JVMs always (as {@code usage scan --isolate}): a crash costs one file, never an executor. */
  PROCESS;

  /** Whether a task's attempt parses in child JVMs. */
  public boolean inChildProcesses(int attemptNumber) {
    return this == PROCESS || (this == RETRY && attemptNumber > 0);
  }

  public static Isolation parse(String text) {
    try {
      return valueOf(text.strip().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("isolation must be none, retry or process, not '" + text + "'", e);
    }
  }
}
