package io.hfmine.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.issuesimport.BadRecords;
import io.hfmine.datasets.issuesimport.IssueDumpImporter;
import io.hfmine.datasets.modelsimport.ModelDumpImport;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/** An export is data hfmine (and anyone) can read back without loss. */
class ExportRoundTripTest {
  private static final String MODELS_AS_STORED = """
      SELECT id, author, downloads, likes, tags::VARCHAR, pipeline_tag, library_name,
             strftime(created_at, '%Y-%m-%dT%H:%M:%S.%f'), strftime(last_modified, '%Y-%m-%dT%H:%M:%S.%f'),
             gated, private, sha, card_data
      FROM models ORDER BY id""";

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void modelsImportReadsBackHfminesOwnModelsExportUnchanged(ExportFormat format) {
    List<List<String>> original;
    try (Store store = seeded()) {
      original = rows(store, MODELS_AS_STORED);
      new DatasetExporter(store).export(spec(format));
    }
    try (Store fresh = Store.inMemory()) {
      ModelDumpImport.Result result = new ModelDumpImport(fresh).run(dir.resolve("out/models." + format.extension()));
      assertThat(result.imported()).isEqualTo(original.size());
      assertThat(rows(fresh, MODELS_AS_STORED)).isEqualTo(original);
    }
  }

  @Test
  void issuesImportReadsBackHfminesOwnIssuesAndCommentsExport() {
    String issuesAsStored = """
        SELECT repository, number, github_id, title, body, state, state_reason, author, author_association,
               labels::VARCHAR, comments_count, html_url, created_at::VARCHAR, updated_at::VARCHAR, closed_at::VARCHAR
        FROM issues ORDER BY ALL""";
    String commentsAsStored = """
        SELECT repository, issue_number, comment_id, author, author_association, body, created_at::VARCHAR,
               updated_at::VARCHAR
        FROM issue_comments ORDER BY ALL""";
    List<List<String>> issues;
    List<List<String>> comments;
    try (Store store = seeded()) {
      store.transaction(c -> {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("""
              INSERT INTO issues (repository, number, github_id, title, body, state, state_reason, author,
                                  author_association, labels, comments_count, html_url, created_at, updated_at,
                                  closed_at, source)
              VALUES ('acme/app', 7, 1700000007, 'CUDA out of memory, "again"', 'Trace:\n  line 1, in <module>',
                      'closed', 'completed', 'octo-dev', 'NONE', ['bug', 'needs, triage'], 2,
                      'https://github.com/acme/app/issues/7', TIMESTAMP '2024-01-02 10:00:00',
                      TIMESTAMP '2024-01-09 09:00:00.25', TIMESTAMP '2024-01-09 09:00:00', 'github'),
                     ('acme/app', 8, NULL, 'Open question', NULL, 'open', NULL, NULL, NULL, [], 0, NULL,
                      TIMESTAMP '2024-02-01 00:00:00', NULL, NULL, 'github')""");
          s.executeUpdate("""
              INSERT INTO issue_comments VALUES
                ('acme/app', 7, 91, 'helper', 'MEMBER', 'Try a smaller batch.', TIMESTAMP '2024-01-03 10:00:00', NULL),
                ('acme/app', 7, 92, 'octo-dev', 'NONE', 'Works now, thanks!', TIMESTAMP '2024-01-09 08:59:00',
                 TIMESTAMP '2024-01-09 09:10:00')""");
        }
        return null;
      });
      issues = rows(store, issuesAsStored);
      comments = rows(store, commentsAsStored);
      new DatasetExporter(store).export(spec(ExportFormat.JSONL));
    }
    try (Store fresh = Store.inMemory()) {
      new IssueDumpImporter(fresh).importFiles(dir.resolve("out/issues.jsonl"), dir.resolve("out/issue_comments.jsonl"),
          null, BadRecords.STOP, Progress.NONE);
      assertThat(rows(fresh, issuesAsStored)).isEqualTo(issues);
      assertThat(rows(fresh, commentsAsStored)).isEqualTo(comments);
    }
  }

  @Test
  void csvListCellsAreJsonArraysAndTimestampsAreIsoUtc() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.CSV));
    }
    List<CsvTable.Row> rows = CsvTable.parse(Files.readString(dir.resolve("out/models.csv")), "models.csv",
        CsvTable.Width.EXACT);
    CsvTable.Row bert = rows.stream().filter(r -> r.get("id").equals("google-bert/bert-base-uncased")).findFirst()
        .orElseThrow();
    JsonNode tags = new ObjectMapper().readTree(bert.get("tags"));
    assertThat(tags.isArray()).isTrue();
    assertThat(tags.get(3).asText()).isEqualTo("region:us, \"eu\"");
    assertThat(Instant.parse(bert.get("created_at"))).isEqualTo(Instant.parse("2022-03-02T23:29:04Z"));
    assertThat(bert.get("created_at")).isEqualTo("2022-03-02T23:29:04Z");
    assertThat(Instant.parse(bert.get("last_modified"))).isEqualTo(Instant.parse("2024-02-19T11:06:12.123456Z"));
  }

  @Test
  void jsonlTimestampsCarryTheirZoneAndParquetMarksThemUtc() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(ExportFormat.JSONL));
      new DatasetExporter(store).export(new ExportSpec(ExportFormat.PARQUET, dir.resolve("pq"), false, "hfmine test",
          "{}", "0", null, "cc-by-4.0", "Test"));
      String line = Files.readAllLines(dir.resolve("out/models.jsonl")).stream()
          .filter(l -> l.contains("google-bert/bert-base-uncased")).findFirst().orElseThrow();
      assertThat(new ObjectMapper().readTree(line).get("last_modified").asText()).isEqualTo("2024-02-19T11:06:12.123456Z");
      assertThat(rows(store, "SELECT typeof(created_at) FROM read_parquet('"
          + dir.resolve("pq/models.parquet") + "') LIMIT 1").getFirst().getFirst())
          .isEqualTo("TIMESTAMP WITH TIME ZONE");
    }
  }

  @Test
  void loadingArgumentValuesReachTheExportAlignedWithTheirNamesAndTheCardDocumentsThem() throws Exception {
    try (Store store = seeded()) {
      store.transaction(c -> {
        try (Statement s = c.createStatement()) {
          s.executeUpdate("""
              INSERT INTO usages (usage_id, path, language, line, col, library, api, kind, model_literal, model_id,
                                  resolution, keyword_args, keyword_values, api_sequence, extracted_at)
              VALUES ('u1', 'app.py', 'python', 3, 9, 'transformers', 'transformers.AutoModel.from_pretrained',
                      'model', 'org/m', 'org/m', 'literal', ['trust_remote_code', 'revision', 'torch_dtype'],
                      ['True', '"v2"', 'torch.float16'], [], TIMESTAMP '2026-11-20 10:00:00')""");
        }
        return null;
      });
      new DatasetExporter(store).export(spec(ExportFormat.CSV));
    }
    CsvTable.Row usage = CsvTable.parse(Files.readString(dir.resolve("out/usages.csv")), "usages.csv",
        CsvTable.Width.EXACT).getFirst();
    ObjectMapper json = new ObjectMapper();
    assertThat(json.readTree(usage.get("keyword_args")).toString())
        .isEqualTo("[\"trust_remote_code\",\"revision\",\"torch_dtype\"]");
    assertThat(json.readTree(usage.get("keyword_values")).toString()).isEqualTo("[\"True\",\"\\\"v2\\\"\",\"torch.float16\"]");
    assertThat(Files.readString(dir.resolve("out/README.md")))
        .contains("| `keyword_values` | VARCHAR[] as a JSON array | value of each of keyword_args");
  }

  @Test
  void datasetFilesAreNamedAsTheStoreTablesTheyHold() {
    assertThat(ExportTable.ALL).allSatisfy(table -> assertThat(table.name()).isEqualTo(table.table()));
  }

  private ExportSpec spec(ExportFormat format) {
    return new ExportSpec(format, dir.resolve("out"), false, "hfmine test", "{}", "0", null, "cc-by-4.0", "Test");
  }

  private static List<List<String>> rows(Store store, String sql) {
    return store.read(c -> {
      List<List<String>> rows = new ArrayList<>();
      try (Statement s = c.createStatement(); ResultSet r = s.executeQuery(sql)) {
        int n = r.getMetaData().getColumnCount();
        while (r.next()) {
          List<String> row = new ArrayList<>();
          for (int i = 1; i <= n; i++) {
            row.add(r.getString(i));
          }
          rows.add(row);
        }
      }
      return rows;
    });
  }

  // Values that trip naive CSV and list handling: commas and quotes inside list items, fractions
  // of a second, JSON card data, nulls.
  private static Store seeded() {
    Store store = Store.inMemory();
    store.transaction(c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("""
            INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, library_name, created_at,
                                last_modified, gated, private, sha, card_data, source, fetched_at)
            VALUES ('google-bert/bert-base-uncased', 'google-bert', 51234567, 2400,
                    ['transformers', 'fill-mask', 'license:apache-2.0', 'region:us, "eu"'], 'fill-mask',
                    'transformers', TIMESTAMP '2022-03-02 23:29:04', TIMESTAMP '2024-02-19 11:06:12.123456',
                    'false', false, '86b5e0934494bd15c9632b12f734a8a67f723594',
                    '{"license":"apache-2.0","datasets":["bookcorpus","wikipedia"]}', 'hub',
                    TIMESTAMP '2026-11-20 10:00:00'),
                   ('meta-llama/Llama-2-7b-hf', 'meta-llama', 812345, 2100, ['transformers', 'llama'],
                    'text-generation', 'transformers', TIMESTAMP '2023-07-13 16:14:53', NULL, 'manual', false,
                    NULL, NULL, 'hub', TIMESTAMP '2026-11-20 10:00:00'),
                   ('bert-base-cased', NULL, 0, 0, [], NULL, NULL, NULL, NULL, NULL, NULL, NULL, NULL, 'hub',
                    TIMESTAMP '2026-11-20 10:00:00')""");
      }
      return null;
    });
    return store;
  }
}
