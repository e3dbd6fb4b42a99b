package io.hfmine.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@code docs/explore-dataset.ipynb} is a valid nbformat 4 notebook that reads only exported tables
 * and columns. It is executed on a CSV export of the demo by the cli module's EndToEndDemoTest.
 */
class ExampleNotebookTest {
  private static final Path NOTEBOOK = Path.of("..", "docs", "explore-dataset.ipynb");
  private static final Pattern LOAD = Pattern.compile("(\\w+)\\s*=\\s*load\\(\"(\\w+)\"\\)");

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
}
