package io.hfmine.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.store.Store;
import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code docs/explore-dataset.ipynb} runs on an export: executed where Jupyter is installed;
 * everywhere, it is a valid nbformat 4 notebook that reads only exported tables and columns.
 */
class ExampleNotebookTest {
  private static final Path NOTEBOOK = Path.of("..", "docs", "explore-dataset.ipynb");
  private static final Pattern LOAD = Pattern.compile("(\\w+)\\s*=\\s*load\\(\"(\\w+)\"\\)");

  @TempDir
  Path dir;

  @Test
  void theNotebookIsValidNbformat4() throws Exception {
    JsonNode notebook = new ObjectMapper().readTree(NOTEBOOK.toFile());
    assertThat(notebook.path("nbformat").asInt()).isEqualTo(4);
    assertThat(notebook.path("metadata").isObject()).isTrue();
    Set<String> ids = new HashSet<>();
    for (JsonNode cell : notebook.path("cells")) {
      assertThat(cell.path("cell_type").asText()).isIn("markdown", "code", "raw");
      assertThat(cell.path("metadata").isObject()).isTrue();
      assertThat(cell.path("source").isArray() || cell.path("source").isTextual()).isTrue();
      assertThat(ids.add(cell.path("id").asText())).as("cell ids are unique").isTrue();
      if (cell.path("cell_type").asText().equals("code")) {
        assertThat(cell.path("outputs").isArray()).isTrue();
        assertThat(cell.has("execution_count")).isTrue();
      }
    }
    assertThat(ids).hasSizeGreaterThan(3);
  }

  @Test
  void theNotebookReadsOnlyExportedTablesAndTheirColumns() throws Exception {
    String code = code();
    assertThat(code).doesNotContain("http://", "https://", "duckdb", "sqlite", "open(", "hfmine.duckdb");
    // Files are read only by load(), which builds "<table>.<format>" names inside the export folder.
    Matcher readers = Pattern.compile("pd\\.read_\\w+\\((\\w+)").matcher(code);
    while (readers.find()) {
      assertThat(readers.group(1)).isIn("parquet", "jsonl", "csv");
    }
    Map<String, List<String>> schema = exportedColumns();
    Matcher loads = LOAD.matcher(code);
    int tables = 0;
    while (loads.find()) {
      tables++;
      String variable = loads.group(1);
      String table = loads.group(2);
      assertThat(schema).as("exported tables").containsKey(table);
      for (String column : columnsUsed(code, variable)) {
        assertThat(schema.get(table)).as(table + " columns").contains(column);
      }
    }
    assertThat(tables).isGreaterThanOrEqualTo(2);
  }

  @Test
  void theNotebookRunsOnAnExportWhereJupyterIsInstalled() throws Exception {
    Optional<Path> jupyter = onPath("jupyter");
    org.junit.jupiter.api.Assumptions.assumeTrue(jupyter.isPresent(), "jupyter is not installed");
    try (Store store = seeded()) {
      new DatasetExporter(store).export(new ExportSpec(ExportFormat.PARQUET, dir.resolve("dataset"), false,
          "hfmine test", "{}", "0", null, "cc-by-4.0", "Test"));
    }
    ProcessBuilder run = new ProcessBuilder(jupyter.get().toString(), "nbconvert", "--to", "notebook", "--execute",
        "--output-dir", dir.resolve("ran").toString(), NOTEBOOK.toAbsolutePath().toString())
        .redirectErrorStream(true).redirectOutput(dir.resolve("jupyter.log").toFile());
    run.environment().put("HFMINE_DATASET", dir.resolve("dataset").toString());
    run.environment().put("MPLBACKEND", "Agg");
    Process process = run.start();
    assertThat(process.waitFor(5, TimeUnit.MINUTES)).isTrue();
    assertThat(process.exitValue()).as(Files.readString(dir.resolve("jupyter.log"))).isZero();
  }

  private static String code() throws Exception {
    StringBuilder code = new StringBuilder();
    for (JsonNode cell : new ObjectMapper().readTree(NOTEBOOK.toFile()).path("cells")) {
      if (cell.path("cell_type").asText().equals("code")) {
        JsonNode source = cell.path("source");
        if (source.isArray()) {
          source.forEach(line -> code.append(line.asText()));
        } else {
          code.append(source.asText());
        }
        code.append('\n');
      }
    }
    return code.toString();
  }

  // Columns read as frame["name"] or frame[["a", "b"]].
  private static Set<String> columnsUsed(String code, String variable) {
    Set<String> columns = new HashSet<>();
    Matcher single = Pattern.compile("\\b" + variable + "\\[\"(\\w+)\"\\]").matcher(code);
    while (single.find()) {
      columns.add(single.group(1));
    }
    Matcher list = Pattern.compile("\\b" + variable + "\\[\\[([^\\]]+)\\]\\]").matcher(code);
    while (list.find()) {
      Matcher name = Pattern.compile("\"(\\w+)\"").matcher(list.group(1));
      while (name.find()) {
        columns.add(name.group(1));
      }
    }
    return columns;
  }

  private static Map<String, List<String>> exportedColumns() {
    return ExportedSchema.columnsByTable();
  }

  private static Optional<Path> onPath(String program) {
    String path = System.getenv("PATH");
    if (path == null) {
      return Optional.empty();
    }
    return Stream.of(path.split(File.pathSeparator)).map(p -> Path.of(p, program))
        .filter(Files::isExecutable).findFirst();
  }

  private static Store seeded() {
    Store store = Store.inMemory();
    store.transaction(c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("""
            INSERT INTO selection_funnel VALUES
              ('models', 1, 'listed', 120, TIMESTAMP '2026-11-20 10:00:00'),
              ('models', 2, 'downloads >= 2000', 40, TIMESTAMP '2026-11-20 10:00:00'),
              ('repositories', 1, 'with verified usage', 12, TIMESTAMP '2026-11-20 10:00:00')""");
        s.executeUpdate("""
            INSERT INTO resolution_values VALUES
              ('group', 'ptm', 'acme/app', 1, 12), ('group', 'ptm', 'acme/app', 2, 40),
              ('group', 'non-ptm', 'acme/app', 3, 3), ('group', 'non-ptm', 'acme/app', 4, 0)""");
        s.executeUpdate("""
            INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind,
                                model_literal, model_id, resolution, keyword_args, keyword_values, api_sequence,
                                snippet, extracted_at)
            VALUES ('u1', 'acme/app', 'app.py', 'b1', 'python', 3, 9, 'transformers',
                    'transformers.AutoModel.from_pretrained', 'model', 'org/m', 'org/m', 'literal',
                    ['trust_remote_code', 'revision'], ['True', '"v2"'], [], 'm = AutoModel.from_pretrained(...)',
                    TIMESTAMP '2026-11-20 10:00:00')""");
      }
      return null;
    });
    return store;
  }
}
