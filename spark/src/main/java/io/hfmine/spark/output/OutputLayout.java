package io.hfmine.spark.output;

/**
 * Where a corpus scan writes its output inside the job's output directory; the import reads the
 * same names.
 *
 * <pre>
 * DIR/usages/library=NAME/part-*.parquet   one row per model-loading call (the usages table's columns)
 * DIR/files/part-*.parquet                 one row per corpus file: how it went
 * DIR/summary.json                         written last: its presence means the job finished
 * </pre>
 */
public final class OutputLayout {
  public static final String USAGES = "usages";
  public static final String FILES = "files";
  public static final String SUMMARY = "summary.json";
  /** The usages are partitioned by this column (a directory per library). */
  public static final String USAGE_PARTITION = "library";
  /**
   * Extraction results before they are split into the two tables; removed at the end. (Not
   * named with a leading underscore: Spark's readers skip such paths.)
   */
  public static final String STAGING = "extracted.staging";

  private OutputLayout() {
  }
}
