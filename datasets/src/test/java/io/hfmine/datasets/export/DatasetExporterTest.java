package io.hfmine.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class DatasetExporterTest {
  @TempDir
  Path dir;

  @Test
  void parquetExportReadsBackThroughDuckDbWithTheStoreRowsAndValues() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.PARQUET, false));
    }
    try (Connection duck = DriverManager.getConnection("jdbc:duckdb:");
         Statement statement = duck.createStatement()) {
      ResultSet models = statement.executeQuery("SELECT id, downloads, tags FROM read_parquet('"
          + dir.resolve("out/models.parquet") + "') ORDER BY id");
      models.next();
      assertThat(models.getString(1)).isEqualTo("google-bert/bert-base-uncased");
      assertThat(models.getLong(2)).isEqualTo(51_234_567L);
      assertThat(models.getString(3)).contains("fill-mask");
      models.next();
      assertThat(models.getString(1)).isEqualTo("sentence-transformers/all-MiniLM-L6-v2");
      assertThat(models.next()).isFalse();
      ResultSet issues = statement.executeQuery("SELECT count(*) FROM read_parquet('"
          + dir.resolve("out/issues.parquet") + "')");
      issues.next();
      assertThat(issues.getInt(1)).isEqualTo(1);
    }
  }

  @Test
  void fileContentsAreLeftOutUnlessAskedFor() throws Exception {
    try (Store store = seeded()) {
      List<ExportedFile> without = new DatasetExporter(store).export(spec(ExportFormat.CSV, false));
      assertThat(columnsOf(without, "files")).doesNotContain("content");
      assertThat(Files.readString(dir.resolve("out/files.csv"))).doesNotContain("from_pretrained");
      List<ExportedFile> with = new DatasetExporter(store).export(spec(ExportFormat.CSV, true));
      assertThat(columnsOf(with, "files")).contains("content");
      assertThat(Files.readString(dir.resolve("out/files.csv"))).contains("from_pretrained");
    }
  }

  @Test
  void jsonlExportWritesOneObjectPerLine() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.JSONL, false));
    }
    List<String> lines = Files.readAllLines(dir.resolve("out/models.jsonl"));
    assertThat(lines).hasSize(2);
    assertThat(new ObjectMapper().readTree(lines.get(0)).get("id").asText()).isEqualTo("google-bert/bert-base-uncased");
  }

  @Test
  void datasetCardHasTheHubYamlHeaderAndDocumentsEveryExportedField() throws Exception {
    List<ExportedFile> files;
    try (Store store = seeded()) {
      files = new DatasetExporter(store).export(spec(ExportFormat.PARQUET, true));
    }
    String card = Files.readString(dir.resolve("out/README.md"));
    assertThat(card).startsWith("---\nlicense: cc-by-4.0\n")
        .contains("size_categories:\n- n<1K")
        .contains("- config_name: models\n  data_files: models.parquet");
    DatasetCard renderer = new DatasetCard(SchemaDocs.shipped(), FieldGlossary.shipped());
    List<String> undocumented = files.stream()
        .flatMap(file -> file.columns().stream()
            .filter(column -> renderer.describe(file.table().table(), column.name()).isBlank())
            .map(column -> file.table().table() + "." + column.name()))
        .toList();
    assertThat(undocumented).as("exported fields without a description").isEmpty();
  }

  @Test
  void manifestRecordsProvenanceAndChecksums() throws Exception {
    Path archive = Files.createDirectories(dir.resolve("archive/entries/huggingface.co"));
    Files.writeString(dir.resolve("archive/archive.json"), "{}");
    Files.writeString(archive.resolve("get_api_models-1.json"), "{\"status\":200}");
    try (Store store = seeded()) {
      new DatasetExporter(store).export(new ExportSpec(ExportFormat.PARQUET, dir.resolve("out"), false,
          "hfmine test", "hf: {}\n", "abc123", dir.resolve("archive"), "cc-by-4.0", "Test"));
    }
    JsonNode manifest = new ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile());
    assertThat(manifest.get("tool").asText()).isEqualTo("hfmine test");
    assertThat(manifest.get("configSha256").asText()).isEqualTo("abc123");
    assertThat(manifest.at("/files/models.parquet/rows").asLong()).isEqualTo(2);
    assertThat(manifest.at("/files/models.parquet/sha256").asText()).hasSize(64);
    assertThat(manifest.at("/archive/requests").asLong()).isEqualTo(1);
    assertThat(manifest.at("/archive/sha256").asText()).hasSize(64);
    assertThat(manifest.at("/crawl/units").asLong()).isEqualTo(1);
  }

  @Test
  void noStagingFolderIsLeftBehind() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.PARQUET, false));
    }
    assertThat(dir.resolve("out/.export-in-progress")).doesNotExist();
  }

  @Test
  void aParquetExportAfterACsvOneReplacesTheWholeSetAndTheManifestListsWhatIsThere() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.CSV, false));
      List<ExportedFile> parquet = new DatasetExporter(store).export(spec(ExportFormat.PARQUET, false));

      List<String> dataFiles;
      try (var listing = Files.list(dir.resolve("out"))) {
        dataFiles = listing.map(p -> p.getFileName().toString())
            .filter(name -> !name.startsWith(".") && !name.equals("README.md") && !name.equals("manifest.json"))
            .sorted().toList();
      }
      assertThat(dataFiles).allMatch(name -> name.endsWith(".parquet"))
          .containsExactlyElementsOf(parquet.stream().map(ExportedFile::fileName).sorted().toList());
      JsonNode manifest = new ObjectMapper().readTree(dir.resolve("out/manifest.json").toFile());
      List<String> listed = new java.util.ArrayList<>();
      manifest.get("files").fieldNames().forEachRemaining(listed::add);
      assertThat(listed).containsExactlyInAnyOrderElementsOf(dataFiles);
    }
  }

  @Test
  void filesTheExportDidNotWriteStayAndAUsersFileInTheWayStopsTheExportBeforeAnyChange() throws Exception {
    Path out = Files.createDirectories(dir.resolve("out"));
    Files.writeString(out.resolve("NOTES.txt"), "my notes");
    Files.createDirectories(out.resolve(".git"));
    Files.writeString(out.resolve(".git/HEAD"), "ref: refs/heads/main");
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.CSV, false));
      new DatasetExporter(store).export(spec(ExportFormat.JSONL, false));
      assertThat(out.resolve("NOTES.txt")).hasContent("my notes");
      assertThat(out.resolve(".git/HEAD")).exists();
      assertThat(out.resolve("models.csv")).doesNotExist();
      assertThat(out.resolve("models.jsonl")).exists();

      Path other = Files.createDirectories(dir.resolve("other"));
      Files.writeString(other.resolve("README.md"), "my own readme");
      assertThatThrownBy(() -> new DatasetExporter(store).export(new ExportSpec(ExportFormat.CSV, other, false,
          "hfmine test", "{}", "0", null, "cc-by-4.0", "Test dataset")))
          .hasMessageContaining(other.resolve("README.md").toAbsolutePath() + " was not written by hfmine export");
      try (var listing = Files.list(other)) {
        assertThat(listing.map(p -> p.getFileName().toString()).toList()).containsExactly("README.md");
      }
      assertThat(other.resolve("README.md")).hasContent("my own readme");
    }
  }

  private ExportSpec spec(ExportFormat format, boolean withContent) {
    return new ExportSpec(format, dir.resolve("out"), withContent, "hfmine test", "{}", "0", null,
        "cc-by-4.0", "Test dataset");
  }

  private static List<String> columnsOf(List<ExportedFile> files, String name) {
    return files.stream().filter(f -> f.table().name().equals(name)).findFirst().orElseThrow()
        .columns().stream().map(ExportedFile.Column::name).toList();
  }

  private static Store seeded() {
    Store store = Store.inMemory();
    store.transaction(c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("""
            INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, library_name, created_at,
                                source, fetched_at)
            VALUES ('google-bert/bert-base-uncased', 'google-bert', 51234567, 2400,
                    ['transformers', 'fill-mask', 'en'], 'fill-mask', 'transformers',
                    TIMESTAMP '2022-03-02 23:29:04', 'hub', TIMESTAMP '2026-11-20 10:00:00'),
                   ('sentence-transformers/all-MiniLM-L6-v2', 'sentence-transformers', 98000000, 3100,
                    ['sentence-transformers', 'feature-extraction'], 'sentence-similarity',
                    'sentence-transformers', TIMESTAMP '2022-03-02 23:29:04', 'hub',
                    TIMESTAMP '2026-11-20 10:00:00')""");
        s.executeUpdate("""
            INSERT INTO files (blob_sha, status, byte_length, content, fetched_at)
            VALUES ('3f2a', 'ok', 61, 'model = AutoModel.from_pretrained("bert-base-uncased")',
                    TIMESTAMP '2026-11-20 11:00:00')""");
        s.executeUpdate("""
            INSERT INTO issues (repository, number, title, state, created_at, closed_at, source)
            VALUES ('acme/app', 7, 'CUDA out of memory with bert', 'closed',
                    TIMESTAMP '2024-01-02 10:00:00', TIMESTAMP '2024-01-09 09:00:00', 'github')""");
        s.executeUpdate("""
            INSERT INTO crawl_units (kind, unit_key, state, attempts, updated_at)
            VALUES ('models-listing', 'all', 'done', 1, TIMESTAMP '2026-11-20 10:00:00')""");
      }
      return null;
    });
    return store;
  }
}
