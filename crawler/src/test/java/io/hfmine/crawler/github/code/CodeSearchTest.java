package io.hfmine.crawler.github.code;

import static io.hfmine.datasets.store.StoreRows.rows;
import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.crawler.github.fake.GithubRig;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.CrawlUnits;
import java.io.IOException;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class CodeSearchTest {
  private static final String TOKEN = "ghp_searchtokenAAAAAAAAAAAAAAAAAAAAAA";
  private GithubRig rig;

  @AfterEach
  void close() throws IOException {
    rig.close();
  }

  /** Search with GitHub's cap scaled down tenfold (100 results, pages of 20) to keep the fixtures small. */
  private CrawlReport search(String... models) {
    rig.github.searchCap(100);
    GithubSettings.CodeSearch defaults = rig.settings.codeSearch();
    GithubSettings.CodeSearch small = new GithubSettings.CodeSearch(defaults.queryTemplate(), defaults.languages(),
        20, 100, defaults.maxIndexedBytes());
    CodeSearch search = new CodeSearch(rig.connection().api(), rig.store, small);
    return search.run(new CodeSearchSpec(List.of(models), List.of()), Progress.NONE);
  }

  @Test
  void quotesALanguageWhoseNameHasASpace() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    CodeSearch search = new CodeSearch(rig.connection().api(), rig.store, rig.settings.codeSearch());

    assertThat(search.query("openai-community/gpt2", "Jupyter Notebook"))
        .isEqualTo("\"openai-community/gpt2\" language:\"Jupyter Notebook\"");
    assertThat(search.query("openai-community/gpt2", "Python")).isEqualTo("\"openai-community/gpt2\" language:Python");
  }

  @Test
  void storesEveryHitOfASmallQueryWithItsSlice() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "src/load.py", "AutoModel.from_pretrained('bert-base-uncased')", List.of("bert-base-uncased"));
    rig.github.file("acme/app", "README.py", "# gpt2", List.of("gpt2"));
    CrawlReport report = search("bert-base-uncased");
    assertThat(report.failures()).isEmpty();
    assertThat(rows(rig.store, "SELECT model_id, repository, path, slice FROM code_hits"))
        .containsExactly("bert-base-uncased|acme/app|src/load.py|all");
    assertThat(rows(rig.store, "SELECT query, total_count, incomplete_results, truncated, split FROM code_search_slices"))
        .containsExactly("\"bert-base-uncased\" language:Python|1|false|false|false");
    assertThat(rig.github.log().getFirst().target()).contains("q=\"bert-base-uncased\" language:Python");
  }

  @Test
  void everySpellingOfAModelIsQueriedAndItsHitsStoredUnderTheCanonicalId() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "src/load.py", "AutoModel.from_pretrained('bert-base-uncased')", List.of("bert-base-uncased"));
    rig.github.file("acme/new", "src/load.py", "AutoModel.from_pretrained('google-bert/bert-base-uncased')",
        List.of("google-bert/bert-base-uncased"));
    CodeSearch search = new CodeSearch(rig.connection().api(), rig.store, rig.settings.codeSearch());
    search.run(new CodeSearchSpec(List.of("google-bert/bert-base-uncased"), List.of(),
        model -> List.of(model, "bert-base-uncased")), Progress.NONE);
    assertThat(rows(rig.store, "SELECT model_id, repository FROM code_hits ORDER BY repository"))
        .containsExactly("google-bert/bert-base-uncased|acme/app", "google-bert/bert-base-uncased|acme/new");
    assertThat(rows(rig.store, "SELECT query FROM code_search_slices ORDER BY query")).containsExactly(
        "\"bert-base-uncased\" language:Python", "\"google-bert/bert-base-uncased\" language:Python");
  }

  @Test
  void followsLinkPaginationWithinASlice() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    for (int i = 0; i < 50; i++) {
      rig.github.indexed("org/repo" + i, "m.py", 100 + i, "gpt2");
    }
    search("gpt2");
    assertThat(rows(rig.store, "SELECT count(*) FROM code_hits")).containsExactly("50");
    assertThat(rig.github.log()).hasSize(3);
  }

  @Test
  void splitsQueriesOverTheCapBySizeUntilEverySliceFits() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    for (int i = 0; i < 260; i++) {
      rig.github.indexed("org/r" + i, "a.py", 50 + (i * 37L) % 9000, "gpt2");
    }
    CrawlReport report = search("gpt2");
    assertThat(report.failures()).isEmpty();
    assertThat(rows(rig.store, "SELECT count(*) FROM code_hits")).containsExactly("260");
    assertThat(rows(rig.store, "SELECT count(*) FROM code_search_slices WHERE NOT split AND total_count > 100")).containsExactly("0");
    assertThat(rows(rig.store, "SELECT bool_or(truncated) FROM code_search_slices")).containsExactly("false");
  }

  @Test
  void recordsASliceThatCannotBeSplitAsTruncatedAndStopsAtTheCap() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    for (int i = 0; i < 120; i++) {
      rig.github.indexed("org/r" + i, "same.py", 77, "gpt2");
    }
    CrawlReport report = search("gpt2");
    assertThat(report.failures()).isEmpty();
    assertThat(rows(rig.store, "SELECT count(*) FROM code_hits")).containsExactly("100");
    assertThat(rows(rig.store, "SELECT slice, total_count FROM code_search_slices WHERE truncated"))
        .containsExactly("size:77..77|120");
  }

  @Test
  void takesThe422PastTheResultCapAsTheEndOfTheSlice() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    for (int i = 0; i < 90; i++) {
      rig.github.indexed("org/r" + i, "same.py", 77, "gpt2");
    }
    rig.github.searchCap(60);
    // A slice resumed past what the server serves (its cap is 60 results, pages of 20).
    String key = "\"gpt2\" language:Python | all";
    CrawlUnits units = new CrawlUnits(rig.store);
    units.begin(CodeSearch.UNIT_KIND, key);
    rig.store.transaction(connection -> {
      units.checkpoint(connection, CodeSearch.UNIT_KIND, key, "4", 0);
      return null;
    });
    CrawlReport report = new CodeSearch(rig.connection().api(), rig.store, new GithubSettings.CodeSearch(
        "\"{model}\" language:{language}", List.of("Python"), 20, 100, 393_216))
        .run(new CodeSearchSpec(List.of("gpt2"), List.of()), Progress.NONE);
    assertThat(report.failures()).isEmpty();
    assertThat(rig.github.log()).singleElement().extracting(line -> line.status()).isEqualTo(422);
    assertThat(rows(rig.store, "SELECT state FROM crawl_units")).containsExactly("done");
  }

  @Test
  void searchesEachLanguageAsItsOwnQuery() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "m.py", "gpt2", List.of("gpt2"));
    CodeSearch search = new CodeSearch(rig.connection().api(), rig.store, rig.settings.codeSearch());
    search.run(new CodeSearchSpec(List.of("gpt2"), List.of("Python", "Jupyter Notebook")), Progress.NONE);
    assertThat(rows(rig.store, "SELECT query, total_count FROM code_search_slices ORDER BY query")).containsExactly(
        "\"gpt2\" language:\"Jupyter Notebook\"|0", "\"gpt2\" language:Python|1");
  }

  @Test
  void aRerunSkipsFinishedSlicesWithoutRequests() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    for (int i = 0; i < 150; i++) {
      rig.github.indexed("org/r" + i, "a.py", 10 + i, "gpt2");
    }
    search("gpt2");
    int requests = rig.github.served();
    CrawlReport again = search("gpt2");
    assertThat(rig.github.served()).isEqualTo(requests);
    assertThat(again.doneCount()).isZero();
    assertThat(again.skippedCount()).isPositive();
  }

  @Test
  void aServerDyingMidCrawlLeavesAFailedUnitThatTheNextRunCompletesWithoutDuplicates() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    for (int i = 0; i < 260; i++) {
      rig.github.indexed("org/r" + i, "a.py", 50 + (i * 37L) % 9000, "gpt2");
    }
    rig.github.dieAfter(5);
    CrawlReport first = search("gpt2");
    assertThat(first.failures()).isNotEmpty();
    assertThat(rows(rig.store, "SELECT count(*) FROM crawl_units WHERE state = 'failed'")).isNotEqualTo(List.of("0"));
    rig.github.dieAfter(1_000_000);
    CrawlReport second = search("gpt2");
    assertThat(second.failures()).isEmpty();
    assertThat(rows(rig.store, "SELECT count(*), count(DISTINCT repository) FROM code_hits")).containsExactly("260|260");
    assertThat(rows(rig.store, "SELECT count(*) FROM crawl_units WHERE state <> 'done'")).containsExactly("0");
  }

  @Test
  void searchesTheStoredSelectionWhenNoModelIsNamed() throws IOException {
    rig = new GithubRig(List.of(TOKEN));
    rig.github.file("acme/app", "x.py", "t5-small", List.of("t5-small"));
    rig.store.transaction(connection -> {
      try (Statement statement = connection.createStatement()) {
        statement.execute("INSERT INTO model_selection VALUES ('t5-small', now())");
      }
      return null;
    });
    search();
    assertThat(rows(rig.store, "SELECT model_id FROM code_hits")).containsExactly("t5-small");
  }
}
