package io.hfmine.datasets.tableimport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.export.DatasetExporter;
import io.hfmine.datasets.export.ExportFormat;
import io.hfmine.datasets.export.ExportSpec;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An export imported into a fresh store gives back the same rows, in every format; a file that
 * is not in the export's conventions is refused with its file, line and column.
 */
class TableImportTest {
  private static final List<String> TABLES = List.of("models", "issues", "usages", "usage_files", "resolution_tests");

  @TempDir
  Path dir;

  @ParameterizedTest
  @EnumSource(ExportFormat.class)
  void anExportImportedIntoAFreshStoreHoldsTheSameRows(ExportFormat format) {
    try (Store original = seeded(); Store fresh = Store.inMemory()) {
      Path out = dir.resolve(format.extension());
      new DatasetExporter(original).export(new ExportSpec(format, out, true, "hfmine test", "{}", "0", null,
          "cc-by-4.0", "Test"));
      List<TableImport.Result> results = new TableImport(fresh)
          .run(ExportFolder.tableFiles(out), TableImport.Existing.REFUSE, Map.of());
      assertThat(results).extracting(r -> r.file().table()).containsAll(TABLES);
      for (String table : TABLES) {
        assertThat(rows(fresh, table)).as(table).isEqualTo(rows(original, table)).isNotEmpty();
      }
    }
  }

  @Test
  void aCsvCellThatIsNotOfItsColumnsTypeIsNamedByLineAndColumn() throws Exception {
    Path file = dir.resolve("usage_files.csv");
    Files.writeString(file, """
        blob_sha,status,syntax_errors,usages,detail,extracted_at
        a1,parsed,false,2,,2026-11-20T10:00:00Z
        a2,parsed,false,two,,2026-11-20T10:00:00Z
        """);
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> importOne(store, file))
          .hasMessage(file + " line 3, column 'usages': 'two' is not a value of type INTEGER");
      assertThat(rows(store, "usage_files")).isEmpty();
    }
  }

  @Test
  void aTimestampWithoutItsZoneIsRefusedRatherThanGuessed() throws Exception {
    Path file = dir.resolve("usage_files.jsonl");
    Files.writeString(file, """
        {"blob_sha": "a1", "status": "parsed", "usages": 1, "extracted_at": "2026-11-20T10:00:00+02:00"}
        {"blob_sha": "a2", "status": "parsed", "usages": 1, "extracted_at": "2026-11-20 10:00:00"}
        """);
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> importOne(store, file)).hasMessage(file
          + " line 2, column 'extracted_at': '2026-11-20 10:00:00' is not an ISO 8601 timestamp with its zone "
          + "(2024-05-01T12:30:00Z)");
    }
  }

  @Test
  void aZonedTimestampIsStoredInUtcAndAMissingDefaultedColumnTakesItsDefault() throws Exception {
    Path file = dir.resolve("usage_files.jsonl");
    Files.writeString(file, """
        {"blob_sha": "a1", "status": "parsed", "usages": 1, "extracted_at": "2026-11-20T10:00:00+02:00"}
        """);
    try (Store store = Store.inMemory()) {
      importOne(store, file);
      assertThat(rows(store, "usage_files")).containsExactly(
          "{\"blob_sha\":\"a1\",\"status\":\"parsed\",\"syntax_errors\":false,\"usages\":1,\"detail\":null,"
              + "\"extracted_at\":\"2026-11-20 08:00:00\"}");
    }
  }

  @Test
  void aListCellMustBeAJsonArray() throws Exception {
    Path file = dir.resolve("models.csv");
    Files.writeString(file, """
        id,tags,source,fetched_at
        org/a,"[""fill-mask"",""license:mit""]",hub,2026-11-20T10:00:00Z
        org/b,"[fill-mask, 'license:mit']",hub,2026-11-20T10:00:00Z
        """);
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> importOne(store, file)).hasMessageStartingWith(file
          + " line 3, column 'tags': '[fill-mask, 'license:mit']' is not JSON of type VARCHAR[]");
    }
  }

  @Test
  void anUnknownColumnAndAMissingRequiredOneAreNamed() throws Exception {
    Path unknown = dir.resolve("models.csv");
    Files.writeString(unknown, "id,tagz,source,fetched_at\norg/a,[],hub,2026-11-20T10:00:00Z\n");
    Path missing = dir.resolve("issues.jsonl");
    Files.writeString(missing, """
        {"repository": "acme/app", "number": 1, "title": "t", "state": "open", "source": "github"}
        """);
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> importOne(store, unknown))
          .hasMessageStartingWith(unknown + " line 1: column 'tagz' is not a column of the store's table");
      assertThatThrownBy(() -> importOne(store, missing))
          .hasMessage(missing + ": no column 'created_at', which table issues requires");
    }
  }

  @Test
  void aRequiredValueLeftEmptyIsNamedByLine() throws Exception {
    Path file = dir.resolve("issues.csv");
    Files.writeString(file, """
        repository,number,title,state,created_at,source
        acme/app,1,"",open,2026-11-20T10:00:00Z,github
        acme/app,2,,open,2026-11-20T10:00:00Z,github
        """);
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> importOne(store, file))
          .hasMessage(file + " line 3, column 'title': no value, but issues.title requires one");
    }
  }

  @Test
  void aTableThatHoldsRowsIsNotImportedIntoUnlessRowsAreToBeKept() throws Exception {
    Path file = dir.resolve("usage_files.csv");
    Files.writeString(file, "blob_sha,status,usages,extracted_at\na1,parsed,1,2026-11-20T10:00:00Z\n"
        + "a2,parsed,1,2026-11-20T10:00:00Z\n");
    try (Store store = Store.inMemory()) {
      importOne(store, Files.writeString(dir.resolve("first.csv"),
          "blob_sha,status,usages,extracted_at\na1,failed,0,2026-11-19T10:00:00Z\n"), "usage_files");
      assertThatThrownBy(() -> importOne(store, file))
          .hasMessage(file + ": table usage_files already holds 1 rows; import a dataset into a fresh --work-dir");
      TableImport.Result kept = new TableImport(store)
          .run(List.of(TableFile.of(file)), TableImport.Existing.KEEP, Map.of()).getFirst();
      assertThat(kept.rows()).isEqualTo(2);
      assertThat(kept.added()).isEqualTo(1);
      assertThat(rows(store, "usage_files")).first().asString().contains("\"status\":\"failed\"");
    }
  }

  private static void importOne(Store store, Path file) {
    new TableImport(store).run(List.of(TableFile.of(file)), TableImport.Existing.REFUSE, Map.of());
  }

  private static void importOne(Store store, Path file, String table) {
    new TableImport(store).run(List.of(TableFile.asTable(file, table)), TableImport.Existing.REFUSE, Map.of());
  }

  static List<String> rows(Store store, String table) {
    return store.read(connection -> {
      List<String> rows = new ArrayList<>();
      try (Statement statement = connection.createStatement();
           ResultSet result = statement.executeQuery("SELECT to_json(t)::VARCHAR FROM (SELECT * FROM \"" + table
               + "\" ORDER BY ALL) t")) {
        while (result.next()) {
          rows.add(result.getString(1));
        }
      }
      return rows;
    });
  }

  private static Store seeded() {
    Store store = Store.inMemory();
    store.transaction(c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("""
            INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, created_at, private, card_data,
                                source, fetched_at)
            VALUES ('org/a', 'org', 12345, 0, ['fill-mask', 'license:mit', 'with "quotes", commas'], 'fill-mask',
                    TIMESTAMP '2024-05-01 12:30:00.250', false, '{"language": ["en"]}', 'hub',
                    TIMESTAMP '2026-11-20 10:00:00'),
                   ('org/b', NULL, NULL, NULL, [], NULL, NULL, NULL, '', 'import:x.csv', TIMESTAMP '2026-11-20 10:00:00')""");
        s.executeUpdate("""
            INSERT INTO issues (repository, number, title, body, state, author, labels, created_at, closed_at, source)
            VALUES ('acme/app', 1, 'Crash, with "quotes"', 'line one
            line two', 'closed', 'alice', ['bug'], TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-03 23:59:59',
                    'github'),
                   ('acme/app', 2, '', NULL, 'open', NULL, NULL, TIMESTAMP '2026-02-01 08:00:00', NULL, 'github')""");
        s.executeUpdate("""
            INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind,
                                model_literal, model_id, resolution, keyword_args, keyword_values, api_sequence,
                                snippet, extracted_at)
            VALUES ('u1', 'acme/app', 'app.py', 'b1', 'python', 3, 9, 'transformers',
                    'transformers.AutoModel.from_pretrained', 'model', 'org/a', 'org/a', 'literal',
                    ['trust_remote_code', 'revision'], ['True', '"v2"'], [], 'm = AutoModel.from_pretrained(
                "org/a")', TIMESTAMP '2026-11-20 10:00:00'),
                   ('u2', NULL, 'x.py', NULL, 'python', 1, 1, 'transformers', 'transformers.pipeline', 'pipeline',
                    NULL, NULL, 'unknown', NULL, NULL, ['transformers.pipeline'], NULL, TIMESTAMP '2026-11-20 10:00:01')""");
        s.executeUpdate("""
            INSERT INTO usage_files VALUES ('b1', 'parsed', true, 1, NULL, TIMESTAMP '2026-11-20 10:00:00'),
                                           ('b2', 'failed', false, 0, 'line 3: ""', TIMESTAMP '2026-11-20 10:00:00')""");
      }
      return null;
    });
    store.transaction(c -> {
      try (Statement s = c.createStatement(); ResultSet cols = s.executeQuery(
          "SELECT column_name, data_type FROM information_schema.columns WHERE table_name = 'resolution_tests' "
              + "ORDER BY ordinal_position")) {
        List<String> values = new ArrayList<>();
        while (cols.next()) {
          String type = cols.getString(2);
          values.add(switch (type) {
            case "DOUBLE" -> "0.1 / 3";
            case "BIGINT", "INTEGER" -> "7";
            case "BOOLEAN" -> "true";
            case "TIMESTAMP" -> "TIMESTAMP '2026-11-20 10:00:00'";
            default -> "'" + cols.getString(1) + "'";
          });
        }
        try (Statement insert = c.createStatement()) {
          insert.executeUpdate("INSERT INTO resolution_tests VALUES (" + String.join(", ", values) + ")");
        }
      }
      return null;
    });
    return store;
  }
}
