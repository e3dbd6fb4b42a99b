package io.hfmine.spark;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.datasets.config.Config;
import io.hfmine.spark.extract.CatalogIds;
import io.hfmine.spark.extract.ExtractionSetup;
import io.hfmine.spark.extract.PartitionExtractor;
import io.hfmine.spark.output.FileColumns;
import io.hfmine.spark.output.JobSummary;
import io.hfmine.spark.output.OutputLayout;
import io.hfmine.spark.output.SparkSchemas;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.BinaryType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.util.LongAccumulator;

/**
 * The driver of a corpus scan: reads the corpus, broadcasts the catalog, extracts every
 * partition with {@link PartitionExtractor}, writes the usages, the per-file table and the
 * summary (see {@link OutputLayout}).
 *
 * <p>Extraction runs once: its results are staged as Parquet and both tables are cut from the
 * staged copy, so a lost executor after extraction costs no second parse.
 */
public final class CorpusScan {
  private final SparkSession spark;

  public CorpusScan(SparkSession spark) {
    this.spark = spark;
  }

  public JobSummary run(CorpusScanSpec spec) {
    Instant started = Instant.now();
    FileSystem fs = fileSystem(spec.output());
    org.apache.hadoop.fs.Path out = new org.apache.hadoop.fs.Path(spec.output());
    prepareOutput(fs, out, spec.overwrite());

    Dataset<Row> files = corpusFiles(spec);
    JavaSparkContext context = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CatalogIds ids = loadCatalog(spec.catalog());
    Broadcast<CatalogIds> catalog = context.broadcast(ids);
    LongAccumulator cpuNanos = spark.sparkContext().longAccumulator("hfmine extraction CPU ns");
    ExtractionSetup setup = new ExtractionSetup(usageSettingsJson(spec.configFile(), context), spec.isolation(),
        spec.workerJavaOptions());

    String staging = child(out, OutputLayout.STAGING);
    files.mapPartitions(new PartitionExtractor(setup, catalog, cpuNanos), Encoders.row(SparkSchemas.staged()))
        .write().mode(SaveMode.Overwrite).parquet(staging);
    Dataset<Row> staged = spark.read().schema(SparkSchemas.staged()).parquet(staging);
    staged.drop(SparkSchemas.FOUND).write().mode(SaveMode.Overwrite).parquet(child(out, OutputLayout.FILES));
    staged.select(functions.explode(functions.col(SparkSchemas.FOUND)).as("u")).select("u.*")
        .write().mode(SaveMode.Overwrite).partitionBy(OutputLayout.USAGE_PARTITION)
        .parquet(child(out, OutputLayout.USAGES));
    catalog.destroy();

    JobSummary summary = summarise(spec, ids, started, cpuNanos.value(), child(out, OutputLayout.FILES),
        child(out, OutputLayout.USAGES));
    writeSummary(fs, out, summary);
    delete(fs, new org.apache.hadoop.fs.Path(staging));
    return summary;
  }

  /** The corpus as (content binary, path, repository, blob_sha) rows, after checking its columns. */
  Dataset<Row> corpusFiles(CorpusScanSpec spec) {
    Dataset<Row> corpus = spec.format().equals("jsonl") ? spark.read().json(spec.input()) : spark.read().parquet(spec.input());
    CorpusColumns columns = spec.columns();
    DataType contentType = typeOf(corpus, columns.content(), "--content-col", spec.input());
    if (!(contentType instanceof StringType) && !(contentType instanceof BinaryType)) {
      throw new IllegalArgumentException(spec.input() + ": content column '" + columns.content()
          + "' is " + contentType.simpleString() + ", not string or binary");
    }
    typeOf(corpus, columns.path(), "--path-col", spec.input());
    Column repository = columns.repository() == null ? functions.lit(null).cast("string")
        : column(corpus, columns.repository(), "--repo-col", spec.input()).cast("string");
    Column sha = columns.blobSha() == null ? functions.lit(null).cast("string")
        : column(corpus, columns.blobSha(), "--sha-col", spec.input()).cast("string");
    Dataset<Row> files = corpus.select(
        corpus.col(quoted(columns.content())).cast("binary").as("content"),
        corpus.col(quoted(columns.path())).cast("string").as(FileColumns.PATH),
        repository.as(FileColumns.REPOSITORY),
        sha.as(FileColumns.BLOB_SHA));
    return spec.partitions() > 0 ? files.repartition(spec.partitions()) : files;
  }

  private static Column column(Dataset<Row> corpus, String name, String option, String input) {
    typeOf(corpus, name, option, input);
    return corpus.col(quoted(name));
  }

  private static DataType typeOf(Dataset<Row> corpus, String name, String option, String input) {
    for (StructField field : corpus.schema().fields()) {
      if (field.name().equals(name)) {
        return field.dataType();
      }
    }
    throw new IllegalArgumentException(input + ": no column '" + name + "' (" + option + "); the corpus has "
        + String.join(", ", Arrays.asList(corpus.columns())));
  }

  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  /** The catalog ids: text (one a line) or Parquet / JSON Lines with an {@code id} column. */
  CatalogIds loadCatalog(String location) {
    if (location == null) {
      return CatalogIds.NONE;
    }
    Dataset<Row> table;
    if (location.endsWith(".parquet") || location.endsWith(".jsonl") || location.endsWith(".json")) {
      Dataset<Row> read = location.endsWith(".parquet") ? spark.read().parquet(location) : spark.read().json(location);
      if (!Arrays.asList(read.columns()).contains("id")) {
        throw new IllegalArgumentException(location + ": the catalog has no 'id' column; it has "
            + String.join(", ", read.columns()));
      }
      table = read.select(functions.col("id").cast("string"));
    } else {
      table = spark.read().text(location);
    }
    List<String> ids = table.as(Encoders.STRING()).collectAsList();
    return CatalogIds.of(ids);
  }

  /**
   * The usage settings of the configuration, as JSON for the executors. Signature files named in
   * it are shipped with the job ({@code SparkContext.addFile}), since executors do not see the
   * driver's disk.
   */
  static String usageSettingsJson(String configFile, JavaSparkContext context) {
    Config config = Config.load(configFile == null ? null : Path.of(configFile));
    UsageSettings settings = config.section("usage", UsageSettings.class);
    ObjectMapper json = new ObjectMapper();
    ObjectNode node = json.valueToTree(settings);
    for (String field : List.of("pythonSignatures", "javaSignatures")) {
      String value = node.path(field).asText("");
      if (!value.isBlank()) {
        context.addFile(value);
        node.put(field, Path.of(value).getFileName().toString());
      }
    }
    try {
      return json.writeValueAsString(node);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private JobSummary summarise(CorpusScanSpec spec, CatalogIds ids, Instant started, long cpuNanos, String filesDir,
      String usagesDir) {
    Map<String, JobSummary.StatusCount> byStatus = new TreeMap<>();
    long files = 0;
    long bytes = 0;
    for (Row row : spark.read().parquet(filesDir).groupBy(FileColumns.STATUS)
        .agg(functions.count("*"), functions.sum(FileColumns.BYTES)).collectAsList()) {
      long count = row.getLong(1);
      long sum = row.isNullAt(2) ? 0 : row.getLong(2);
      byStatus.put(row.getString(0), new JobSummary.StatusCount(count, sum));
      files += count;
      bytes += sum;
    }
    long syntaxErrors = spark.read().parquet(filesDir).where(functions.col(FileColumns.SYNTAX_ERRORS)).count();
    Map<String, Long> byLibrary = new TreeMap<>();
    long usages = 0;
    if (exists(usagesDir)) {
      for (Row row : spark.read().parquet(usagesDir).groupBy(OutputLayout.USAGE_PARTITION).count().collectAsList()) {
        byLibrary.put(row.getString(0), row.getLong(1));
        usages += row.getLong(1);
      }
    }
    Instant finished = Instant.now();
    return new JobSummary(versionOf(CorpusScan.class), spark.version(), spec.input(), spec.format(), spec.columns(),
        spec.output(), ids.count(), spec.isolation().name().toLowerCase(java.util.Locale.ROOT), started.toString(),
        finished.toString(), Duration.between(started, finished).toMillis() / 1000.0, cpuNanos / 1e9, files, bytes,
        usages, syntaxErrors, byStatus, byLibrary);
  }

  private boolean exists(String dir) {
    try {
      org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(dir);
      FileSystem fs = fileSystem(dir);
      // Spark writes no part file for an empty partitioned output; only _SUCCESS is there.
      return fs.exists(path) && Arrays.stream(fs.listStatus(path)).anyMatch(s -> s.isDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  private static String versionOf(Class<?> type) {
    String version = type.getPackage().getImplementationVersion();
    return version == null ? "development" : version;
  }

  /** Refuses to replace a finished scan unless asked; a killed run's leftovers are replaced. */
  private static void prepareOutput(FileSystem fs, org.apache.hadoop.fs.Path out, boolean overwrite) {
    try {
      if (fs.exists(new org.apache.hadoop.fs.Path(out, OutputLayout.SUMMARY))) {
        if (!overwrite) {
          throw new IllegalArgumentException(out + " already holds a finished scan (" + OutputLayout.SUMMARY
              + "); pass --overwrite to replace it");
        }
        fs.delete(new org.apache.hadoop.fs.Path(out, OutputLayout.SUMMARY), false);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + out + ": " + e.getMessage(), e);
    }
  }

  private static void writeSummary(FileSystem fs, org.apache.hadoop.fs.Path out, JobSummary summary) {
    org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(out, OutputLayout.SUMMARY);
    org.apache.hadoop.fs.Path partial = new org.apache.hadoop.fs.Path(out, "_" + OutputLayout.SUMMARY + ".part");
    try {
      try (OutputStream stream = fs.create(partial, true)) {
        stream.write(summary.toJson());
      }
      // Object stores copy on rename; the partial name keeps readers from a half-written summary either way.
      if (!fs.rename(partial, target)) {
        throw new IOException("rename to " + target + " failed");
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write " + target + ": " + e.getMessage(), e);
    }
  }

  private static void delete(FileSystem fs, org.apache.hadoop.fs.Path path) {
    try {
      fs.delete(path, true);
    } catch (IOException e) {
      // Left behind: the import ignores directories whose names start with an underscore.
    }
  }

  private FileSystem fileSystem(String location) {
    try {
      return new org.apache.hadoop.fs.Path(location).getFileSystem(spark.sparkContext().hadoopConfiguration());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot reach " + location + ": " + e.getMessage(), e);
    }
  }

  private static String child(org.apache.hadoop.fs.Path parent, String name) {
    return new org.apache.hadoop.fs.Path(parent, name).toString();
  }
}
