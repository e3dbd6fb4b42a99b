package io.hfmine.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Writes local files into a Parquet corpus the way corpora lay them out: repo, path, content (bytes, as read). */
final class CorpusFiles {
  static final StructType SCHEMA = DataTypes.createStructType(List.of(
      DataTypes.createStructField("repo", DataTypes.StringType, true),
      DataTypes.createStructField("path", DataTypes.StringType, true),
      DataTypes.createStructField("content", DataTypes.BinaryType, true)));

  private CorpusFiles() {
  }

  /** The regular files under a directory, sorted, as rows (repo, path as {@code usage scan} names it, bytes). */
  static List<Row> rowsOf(Path dir, String repo) throws IOException {
    List<Row> rows = new ArrayList<>();
    try (Stream<Path> files = Files.walk(dir)) {
      for (Path file : files.filter(Files::isRegularFile).sorted().toList()) {
        rows.add(RowFactory.create(repo, file.toString(), Files.readAllBytes(file)));
      }
    }
    return rows;
  }

  static void write(SparkSession spark, List<Row> rows, int parts, Path target) {
    spark.createDataFrame(rows, SCHEMA).repartition(parts).write().parquet(target.toString());
  }
}
