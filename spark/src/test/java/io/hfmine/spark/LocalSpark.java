package io.hfmine.spark;

import org.apache.spark.sql.SparkSession;

/** A small in-process Spark for tests: loopback only, no UI, few shuffle partitions. */
final class LocalSpark {
  private LocalSpark() {
  }

  /** @param master e.g. {@code local[2]}, or {@code local[2,2]} to let a failed task be retried once */
  static SparkSession start(String master) {
    return SparkSession.builder()
        .master(master)
        .appName("hfmine-spark-test")
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .config("spark.sql.sources.parallelPartitionDiscovery.threshold", "1000")
        .getOrCreate();
  }
}
