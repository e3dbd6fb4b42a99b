package io.hfmine.datasets.export;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The dataset card says what the files hold, under which terms, and what they reveal about people. */
class DatasetCardTest {
  // Tables whose rows are items of their own (a model, an issue ...): a column they share names
  // a property of a different thing in each, so each needs a description of its own.
  private static final List<String> ITEM_TABLES = List.of("models", "datasets", "repositories", "issues",
      "issue_comments", "files", "usages", "patterns", "arxiv_papers", "model_cards", "dataset_cards");

  @TempDir
  Path dir;

  @Test
  void everyFieldOfEveryTableHasADescriptionThatFitsThatTable() {
    Map<String, List<String>> tablesByColumn = new LinkedHashMap<>();
    Map<String, List<String>> columnsByTable = schema();
    columnsByTable.forEach((table, columns) -> columns.forEach(
        column -> tablesByColumn.computeIfAbsent(column, c -> new ArrayList<>()).add(table)));
    SchemaDocs docs = SchemaDocs.shipped();
    FieldGlossary glossary = FieldGlossary.shipped();
    DatasetCard card = new DatasetCard(docs, glossary);
    List<String> problems = new ArrayList<>();
    columnsByTable.forEach((table, columns) -> {
      for (String column : columns) {
        String description = card.describe(table, column);
        if (description.isBlank()) {
          problems.add(table + "." + column + ": no description");
          continue;
        }
        boolean ownDescription = glossary.describe(table + "." + column).isPresent()
            || docs.column(table, column).isPresent();
        List<String> itemTables = tablesByColumn.get(column).stream().filter(ITEM_TABLES::contains).toList();
        if (!ownDescription && ITEM_TABLES.contains(table) && itemTables.size() > 1) {
          problems.add(table + "." + column + ": shares the description \"" + description + "\" with "
              + itemTables + "; give " + table + "." + column + " an entry of its own");
        }
      }
    });
    assertThat(problems).isEmpty();
  }

  @Test
  void issueAndCommentAuthorsAreDescribedAsGitHubUsersNotModelOwners() {
    DatasetCard card = new DatasetCard(SchemaDocs.shipped(), FieldGlossary.shipped());
    for (String table : List.of("issues", "issue_comments")) {
      assertThat(card.describe(table, "author")).containsIgnoringCase("GitHub login").doesNotContainIgnoringCase("model");
    }
    assertThat(card.describe("models", "author")).containsIgnoringCase("model");
  }

  @Test
  void theCardFollowsTheHubTemplateAndStatesTermsPerSourceAndPersonalData() throws Exception {
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(null));
    }
    String card = Files.readString(dir.resolve("out/README.md"));
    assertThat(headings(card)).containsSubsequence("# Dataset card for Test", "## Dataset details",
        "### Dataset description", "### Dataset sources", "## Uses", "### Direct use", "### Out-of-scope use",
        "## Dataset structure", "## Dataset creation", "### Source data", "### Personal and sensitive information",
        "## Licensing", "## Bias, risks, and limitations", "### Recommendations", "## Citation",
        "## Dataset card authors");
    assertThat(card).startsWith("---\nlicense: other\n")
        .contains("GitHub's Terms of Service", "`repositories.license`", "cc-by-4.0", "@misc{test,",
            "GitHub logins as GitHub shows them", "--pseudonymise-authors");
  }

  @Test
  void pseudonymisedExportReplacesEveryLoginConsistentlyAndLeavesNoLoginBehind() throws Exception {
    AuthorPseudonyms pseudonyms = new AuthorPseudonyms("a test key of thirty-two characters");
    try (Store store = seeded()) {
      new DatasetExporter(store).export(spec(pseudonyms));
    }
    String issues = Files.readString(dir.resolve("out/issues.csv"));
    String comments = Files.readString(dir.resolve("out/issue_comments.csv"));
    String expected = pseudonyms.of("octo-dev");
    assertThat(expected).matches("gh-[0-9a-f]{16}");
    assertThat(issues).contains(expected);
    assertThat(comments).contains(expected).contains(pseudonyms.of("helper-bot"));
    try (Stream<Path> files = Files.list(dir.resolve("out"))) {
      for (Path file : files.filter(f -> f.toString().endsWith(".csv")).toList()) {
        assertThat(Files.readString(file)).as(file.toString()).doesNotContain("octo-dev", "Octo-Dev", "helper-bot");
      }
    }
    assertThat(Files.readString(dir.resolve("out/README.md"))).contains("Author logins are pseudonymised")
        .contains("Pseudonym (keyed hash) of: GitHub login");
    assertThat(pseudonyms.of("Octo-Dev")).isEqualTo(expected);
    assertThat(new AuthorPseudonyms("another key, also long enough").of("octo-dev")).isNotEqualTo(expected);
  }

  @Test
  void aShortPseudonymKeyIsRefused() {
    assertThatThrownBy(() -> new AuthorPseudonyms("short")).hasMessageContaining(AuthorPseudonyms.KEY_VARIABLE);
  }

  private static List<String> headings(String card) {
    return card.lines().filter(line -> line.startsWith("#")).toList();
  }

  private static Map<String, List<String>> schema() {
    return ExportedSchema.columnsByTable();
  }

  private ExportSpec spec(AuthorPseudonyms pseudonyms) {
    return new ExportSpec(ExportFormat.CSV, dir.resolve("out"), false, "hfmine test", "{}", "0", null, "cc-by-4.0",
        "Test", pseudonyms);
  }

  private static Store seeded() {
    Store store = Store.inMemory();
    store.transaction(c -> {
      try (Statement s = c.createStatement()) {
        s.executeUpdate("""
            INSERT INTO issues (repository, number, title, state, author, created_at, closed_at, source)
            VALUES ('acme/app', 7, 'CUDA out of memory with bert', 'closed', 'Octo-Dev',
                    TIMESTAMP '2024-01-02 10:00:00', TIMESTAMP '2024-01-09 09:00:00', 'github')""");
        s.executeUpdate("""
            INSERT INTO issue_comments (repository, issue_number, comment_id, author, body, created_at)
            VALUES ('acme/app', 7, 1001, 'octo-dev', 'Still failing on 4 GB cards.', TIMESTAMP '2024-01-03 10:00:00'),
                   ('acme/app', 7, 1002, 'helper-bot', 'Try a smaller batch size.', TIMESTAMP '2024-01-04 10:00:00')""");
      }
      return null;
    });
    return store;
  }
}
