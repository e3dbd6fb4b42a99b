package io.hfmine.spark;

import io.hfmine.spark.extract.Isolation;
import java.util.List;

/**
 * One corpus scan: where the corpus is and how it is laid out, where the output goes, and how
 * files are extracted.
 *
 * @param input a path or glob Spark reads (local, hdfs://, s3a://, gs://, abfss://)
 * @param format parquet or jsonl
 * @param catalog model ids to canonicalise against (text, one a line; or Parquet / JSON Lines
 *     with an {@code id} column, such as the dataset's models table); null for none
 * @param configFile an hfmine configuration overlaying the shipped one (usage settings); null for none
 * @param partitions repartition the corpus into this many tasks first (0: as the input splits)
 * @param overwrite replace a finished scan already in {@code output}
 */
public record CorpusScanSpec(String input, String format, CorpusColumns columns, String output, String catalog,
    Isolation isolation, String configFile, List<String> workerJavaOptions, int partitions, boolean overwrite) {

  public CorpusScanSpec {
    workerJavaOptions = List.copyOf(workerJavaOptions);
    if (partitions < 0) {
      throw new IllegalArgumentException("--partitions must be 0 or more, got " + partitions);
    }
  }
}
