package io.hfmine.spark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.scan.JsonlUsageWriter;
import io.hfmine.analyzers.usage.scan.LocalScan;
import io.hfmine.analyzers.usage.scan.ScanReport;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.spark.extract.Isolation;
import io.hfmine.spark.imports.ImportException;
import io.hfmine.spark.imports.ImportSummary;
import io.hfmine.spark.imports.ScanOutputImport;
import io.hfmine.spark.output.JobSummary;
import io.hfmine.spark.output.OutputLayout;
import io.hfmine.spark.output.UsageColumns;
import java.io.IOException;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark job over a Parquet corpus of the project's usage corpus and the bundled sample's
 * GitHub code gives exactly the records {@code usage scan} gives on the same files, and its
 * output imports into a store.
 */
class CorpusScanMatchesUsageScanTest {
  private static final Path USAGE_CORPUS = Path.of("..", "analyzers", "src", "test", "resources", "usage-corpus")
      .toAbsolutePath().normalize();
  private static final Path SAMPLE_CODE = Path.of("..", "sample", "source", "github", "code").toAbsolutePath().normalize();
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  static Path temp;
  private static SparkSession spark;
  private static Path output;
  private static JobSummary summary;
  private static List<Row> corpusRows;
  private static ScanReport scanReport;
  private static List<Map<String, Object>> scanUsages;

  @BeforeAll
  static void runTheJobOnce() throws IOException {
    spark = LocalSpark.start("local[2]");
    corpusRows = new ArrayList<>(CorpusFiles.rowsOf(USAGE_CORPUS, null));
    corpusRows.addAll(CorpusFiles.rowsOf(SAMPLE_CODE, null));
    Path corpus = temp.resolve("corpus");
    CorpusFiles.write(spark, corpusRows, 3, corpus);
    output = temp.resolve("out");
    summary = new CorpusScan(spark).run(new CorpusScanSpec(corpus + "/*.parquet", "parquet",
        new CorpusColumns("content", "path", null, null), output.toString(), null, Isolation.RETRY, null,
        List.of(), 0, false));
    usageScan();
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void findsExactlyTheUsagesThatUsageScanFindsOnTheSameFiles() throws IOException {
    List<Map<String, Object>> expected = new ArrayList<>(scanUsages);
    List<Map<String, Object>> actual = new ArrayList<>();
    for (Row row : spark.read().parquet(output.resolve(OutputLayout.USAGES).toString()).collectAsList()) {
      Map<String, Object> usage = new LinkedHashMap<>();
      for (String column : UsageColumns.names()) {
        Object value = row.get(row.fieldIndex(column));
        usage.put(column, value instanceof scala.collection.Seq<?> seq
            ? new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(seq)) : value);
      }
      actual.add(usage);
    }
    // The sample holds the same file at several paths: the same usage id, told apart by path.
    Comparator<Map<String, Object>> byId = Comparator.comparing((Map<String, Object> u) -> (String) u.get("usage_id"))
        .thenComparing(u -> (String) u.get("path"));
    actual.sort(byId);
    expected.sort(byId);

    assertThat(expected).hasSizeGreaterThan(100);
    assertThat(actual).hasSameSizeAs(expected);
    for (int i = 0; i < expected.size(); i++) {
      assertThat(actual.get(i)).as("usage %s", expected.get(i).get("usage_id")).isEqualTo(expected.get(i));
    }
  }

  @Test
  void countsFilesByStatusAsUsageScanDoesAndRecordsTheOthersUnsupported() {
    ScanReport report = scanReport;
    long unsupported = corpusRows.stream().filter(r -> SourceFile.languageOf(r.getString(1)) == null).count();

    assertThat(summary.files()).isEqualTo(corpusRows.size());
    assertThat(summary.usages()).isEqualTo(report.usages());
    for (FileStatus status : List.of(FileStatus.PARSED, FileStatus.PREFILTERED, FileStatus.TOO_LARGE,
        FileStatus.BINARY, FileStatus.FAILED)) {
      JobSummary.StatusCount count = summary.byStatus().get(status.sql());
      assertThat(count == null ? 0 : count.files()).as(status.sql()).isEqualTo(report.files(status));
    }
    // usage scan passes over files of other languages without a word; the job records them.
    assertThat(summary.byStatus().get("unsupported").files())
        .isEqualTo(unsupported + report.files(FileStatus.UNSUPPORTED));
    assertThat(summary.byLibrary().values().stream().mapToLong(Long::longValue).sum()).isEqualTo(summary.usages());
  }

  @Test
  void namesEveryFileWithItsBlobShaAndStatus() {
    List<Row> files = spark.read().parquet(output.resolve(OutputLayout.FILES).toString()).collectAsList();

    assertThat(files).hasSize(corpusRows.size());
    Row first = corpusRows.getFirst();
    Row match = files.stream().filter(f -> f.getString(f.fieldIndex("path")).equals(first.getString(1))).findFirst()
        .orElseThrow();
    assertThat(match.getString(match.fieldIndex("blob_sha"))).isEqualTo(LocalScan.gitBlobSha((byte[]) first.get(2)));
    assertThat(match.getLong(match.fieldIndex("bytes"))).isEqualTo(((byte[]) first.get(2)).length);
  }

  @Test
  void refusesToOverwriteAFinishedScanUnlessAsked() {
    assertThatThrownBy(() -> new CorpusScan(spark).run(new CorpusScanSpec(output + "/nothing", "parquet",
        new CorpusColumns("content", "path", null, null), output.toString(), null, Isolation.RETRY, null,
        List.of(), 0, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("already holds a finished scan").hasMessageContaining("--overwrite");
  }

  @Test
  void namesTheMissingColumnAndTheColumnsTheCorpusHas() {
    assertThatThrownBy(() -> new CorpusScan(spark).corpusFiles(new CorpusScanSpec(temp.resolve("corpus").toString(),
        "parquet", new CorpusColumns("text", "path", null, null), temp.resolve("other").toString(), null,
        Isolation.RETRY, null, List.of(), 0, false)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no column 'text' (--content-col)").hasMessageContaining("repo, path, content");
  }

  @Test
  void importsIntoAStoreOnceAndResumesWithoutDuplicates() throws Exception {
    Path storeFile = temp.resolve("import").resolve(Store.FILE_NAME);
    Files.createDirectories(storeFile.getParent());
    try (Store store = Store.open(storeFile)) {
      ImportSummary first = new ScanOutputImport(store).run(output, Progress.NONE);
      ImportSummary again = new ScanOutputImport(store).run(output, Progress.NONE);

      // The same content at two paths gives the same usage ids: the store keeps one row per id.
      long distinctIds = scanUsages.stream().map(u -> u.get("usage_id")).distinct().count();
      assertThat(distinctIds).isLessThan(summary.usages());
      assertThat(first.usagesRead()).isEqualTo(summary.usages());
      assertThat(first.usagesAdded()).isEqualTo(distinctIds);
      assertThat(first.fileRowsRead()).isEqualTo(summary.files());
      assertThat(again.filesImported()).isZero();
      assertThat(again.filesAlreadyImported()).isEqualTo(first.filesImported());
      assertThat(again.usagesAdded()).isZero();
      assertThat(count(store, "SELECT count(*) FROM usages")).isEqualTo(distinctIds);
      assertThat(count(store, "SELECT count(DISTINCT library) FROM usages")).isEqualTo(summary.byLibrary().size());
      assertThat(count(store, "SELECT count(*) FROM usages WHERE extracted_at IS NULL")).isZero();
      long parsedBlobs = spark.read().parquet(output.resolve(OutputLayout.FILES).toString())
          .where("status = 'parsed'").select("blob_sha").distinct().count();
      assertThat(count(store, "SELECT count(*) FROM usage_files WHERE status = 'parsed'")).isEqualTo(parsedBlobs);
    }
  }

  @Test
  void refusesAnOutputWithoutSummaryAndNamesABrokenParquetFile() throws Exception {
    Path broken = temp.resolve("broken");
    copy(output, broken);
    try (Store store = Store.inMemory()) {
      Files.delete(broken.resolve(OutputLayout.SUMMARY));
      assertThatThrownBy(() -> new ScanOutputImport(store).run(broken, Progress.NONE))
          .isInstanceOf(ImportException.class).hasMessageContaining("summary.json: missing");

      copy(output.resolve(OutputLayout.SUMMARY), broken.resolve(OutputLayout.SUMMARY));
      Path part;
      try (Stream<Path> walk = Files.walk(broken.resolve(OutputLayout.USAGES))) {
        part = walk.filter(p -> p.toString().endsWith(".parquet")).sorted().findFirst().orElseThrow();
      }
      Files.writeString(part, "not parquet");
      assertThatThrownBy(() -> new ScanOutputImport(store).run(broken, Progress.NONE))
          .isInstanceOf(ImportException.class).hasMessageStartingWith(part.toAbsolutePath().toString());
      // Files before the broken one stay imported: a fixed output resumes after them.
      assertThat(count(store, "SELECT count(*) FROM usage_imports WHERE table_name = 'usage_files'")).isPositive();
    }
  }

  /** {@code hfmine usage scan USAGE_CORPUS} through the command's own facade, with its JSON Lines output. */
  private static void usageScan() throws IOException {
    StringWriter out = new StringWriter();
    try (JsonlUsageWriter sink = new JsonlUsageWriter(out)) {
      scanReport = new LocalScan(settings(), new UsageExtractorFactory(settings(), ModelCatalog.NONE))
          .run(List.of(USAGE_CORPUS, SAMPLE_CODE), sink, Progress.NONE, line -> { });
    }
    List<Map<String, Object>> usages = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      if (!line.isBlank()) {
        @SuppressWarnings("unchecked")
        Map<String, Object> usage = JSON.readValue(line, LinkedHashMap.class);
        usages.add(usage);
      }
    }
    scanUsages = usages;
  }

  private static UsageSettings settings() {
    return Config.defaults().with("usage.native-dir", temp.resolve("natives").toString())
        .section("usage", UsageSettings.class);
  }

  private static long count(Store store, String sql) {
    return store.read(connection -> {
      try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  private static void copy(Path from, Path to) throws IOException {
    try (Stream<Path> walk = Files.walk(from)) {
      for (Path source : walk.toList()) {
        Path target = to.resolve(from.relativize(source).toString());
        if (Files.isDirectory(source)) {
          Files.createDirectories(target);
        } else {
          Files.createDirectories(target.getParent());
          Files.copy(source, target, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
      }
    }
  }
}
