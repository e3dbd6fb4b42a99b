package io.hfmine.spark;

import io.hfmine.datasets.config.Config;
import io.hfmine.spark.extract.Isolation;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The job's command line ({@code spark-submit ... hfmine-spark.jar --input ... --output ...}) as
 * a {@link CorpusScanSpec}; what a flag leaves out comes from the configuration's {@code spark}
 * section. Errors name the flag.
 */
public final class CorpusScanArguments {
  static final String HELP = """
      usage: spark-submit --class io.hfmine.spark.CorpusScanMain hfmine-spark.jar
               --input PATH_OR_GLOB --output DIR
               [--format parquet|jsonl] [--content-col NAME] [--path-col NAME] [--repo-col NAME] [--sha-col NAME]
               [--catalog FILE] [--isolation none|retry|process] [--config hfmine.yaml]
               [--partitions N] [--worker-java-option FLAG]... [--overwrite]

      Scans a code corpus for model-loading calls with the extraction of `hfmine usage scan` and
      writes DIR/usages (Parquet, by library), DIR/files (how each file went) and DIR/summary.json.
        --input         corpus files Spark reads (local path, hdfs://, s3a://, gs://, abfss://; globs allowed)
        --format        parquet or jsonl (default: spark.format)
        --content-col   the file text, string or binary (default: spark.content-col)
        --path-col      the file's path in its repository (default: spark.path-col)
        --repo-col      the repository, e.g. owner/name (default: spark.repo-col; '' for none)
        --sha-col       the git blob sha (default: spark.sha-col; none: computed from the content)
        --catalog       model ids (one a line, or .parquet/.jsonl with an id column) for canonical ids
        --isolation     none | retry (child JVMs on task retries) | process (always); default: spark.isolation
        --config        an hfmine configuration file overlaying the shipped one (usage and spark sections)
        --partitions    repartition the corpus into N tasks first (when it has fewer input splits than cores)
        --worker-java-option  a JVM flag for extraction worker processes (repeatable)
        --overwrite     replace a finished scan already in DIR
      """;

  private static final Set<String> VALUED = Set.of("--input", "--output", "--format", "--content-col", "--path-col",
      "--repo-col", "--sha-col", "--catalog", "--isolation", "--config", "--partitions", "--worker-java-option");

  private CorpusScanArguments() {
  }

  /** Whether the arguments ask for the help text. */
  static boolean wantsHelp(String[] args) {
    return List.of(args).contains("--help") || List.of(args).contains("-h");
  }

  public static CorpusScanSpec parse(String... args) {
    Map<String, String> values = new HashMap<>();
    List<String> workerOptions = new ArrayList<>();
    boolean overwrite = false;
    for (int i = 0; i < args.length; i++) {
      String arg = args[i];
      String name = arg;
      String value = null;
      int equals = arg.indexOf('=');
      if (arg.startsWith("--") && equals > 0) {
        name = arg.substring(0, equals);
        value = arg.substring(equals + 1);
      }
      if (name.equals("--overwrite") && value == null) {
        overwrite = true;
        continue;
      }
      if (!VALUED.contains(name)) {
        throw new IllegalArgumentException("unknown option '" + arg + "' (--help lists the options)");
      }
      if (value == null) {
        if (i + 1 >= args.length) {
          throw new IllegalArgumentException(name + " needs a value");
        }
        value = args[++i];
      }
      if (name.equals("--worker-java-option")) {
        workerOptions.add(value);
      } else if (values.put(name, value) != null) {
        throw new IllegalArgumentException(name + " is given twice");
      }
    }
    String input = required(values, "--input");
    String output = required(values, "--output");
    String configFile = values.get("--config");
    SparkSettings defaults = Config.load(configFile == null ? null : Path.of(configFile))
        .section("spark", SparkSettings.class);
    CorpusColumns columns = new CorpusColumns(
        values.getOrDefault("--content-col", defaults.contentCol()),
        values.getOrDefault("--path-col", defaults.pathCol()),
        values.getOrDefault("--repo-col", defaults.repoCol()),
        values.getOrDefault("--sha-col", defaults.shaCol()));
    String format = values.getOrDefault("--format", defaults.format());
    if (!format.equals("parquet") && !format.equals("jsonl")) {
      throw new IllegalArgumentException("--format must be parquet or jsonl, not '" + format + "'");
    }
    int partitions;
    try {
      partitions = Integer.parseInt(values.getOrDefault("--partitions", "0"));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("--partitions must be a whole number, not '" + values.get("--partitions") + "'", e);
    }
    return new CorpusScanSpec(input, format, columns, output, values.get("--catalog"),
        Isolation.parse(values.getOrDefault("--isolation", defaults.isolation())), configFile, workerOptions,
        partitions, overwrite);
  }

  private static String required(Map<String, String> values, String name) {
    String value = values.get(name);
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(name + " is required");
    }
    return value;
  }
}
