package io.hfmine.spark;

import io.hfmine.spark.output.JobSummary;
import org.apache.spark.sql.SparkSession;

/**
 * The Spark application: {@code spark-submit --class io.hfmine.spark.CorpusScanMain
 * hfmine-spark.jar --input ... --output DIR}. The summary goes to stdout as JSON, talk to
 * stderr; exit code 2 for a bad command line or corpus layout, 1 when the job fails.
 */
public final class CorpusScanMain {
  private CorpusScanMain() {
  }

  public static void main(String[] args) {
    if (CorpusScanArguments.wantsHelp(args)) {
      System.out.print(CorpusScanArguments.HELP);
      return;
    }
    CorpusScanSpec spec;
    try {
      spec = CorpusScanArguments.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println("hfmine-spark: " + e.getMessage());
      System.exit(2);
      return;
    }
    int code;
    SparkSession spark = SparkSession.builder().appName("hfmine usage scan").getOrCreate();
    try {
      JobSummary summary = new CorpusScan(spark).run(spec);
      System.err.println("hfmine-spark: " + summary.line());
      System.out.println(new String(summary.toJson(), java.nio.charset.StandardCharsets.UTF_8));
      code = 0;
    } catch (IllegalArgumentException e) {
      System.err.println("hfmine-spark: " + e.getMessage());
      code = 2;
    } catch (RuntimeException e) {
      System.err.println("hfmine-spark: the scan failed: " + e);
      code = 1;
    } finally {
      spark.stop();
    }
    System.exit(code);
  }
}
