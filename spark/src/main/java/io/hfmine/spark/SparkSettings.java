package io.hfmine.spark;

import io.hfmine.spark.extract.Isolation;
import java.util.List;

/**
 * The {@code spark} section of the configuration: the corpus layout and isolation the Spark job
 * uses when its flags do not say (see {@code config/hfmine.yaml}).
 */
public record SparkSettings(String contentCol, String pathCol, String repoCol, String shaCol, String format,
    String isolation) {

  public SparkSettings {
    format = format == null || format.isBlank() ? "parquet" : format;
    if (!List.of("parquet", "jsonl").contains(format)) {
      throw new IllegalArgumentException("spark.format must be parquet or jsonl, not '" + format + "'");
    }
    isolation = isolation == null || isolation.isBlank() ? "retry" : isolation;
    Isolation.parse(isolation);
    new CorpusColumns(contentCol, pathCol, repoCol, shaCol);
  }
}
