package io.hfmine.crawler.github.code;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.datasets.store.Store;
import java.sql.Statement;
import java.util.List;
import org.junit.jupiter.api.Test;

class DedupAwareSearchTest {
  private static List<String> searched(boolean skipVariants) {
    try (Store store = Store.inMemory()) {
      store.transaction(connection -> {
        try (Statement statement = connection.createStatement()) {
          statement.execute("INSERT INTO model_selection (model_id, selected_at) VALUES ('org/base', now()), "
              + "('fan/base-copy', now()), ('fan/orphan-copy', now()), ('org/other', now())");
          // base-copy is a variant of a selected original; orphan-copy's original was not selected.
          statement.execute("INSERT INTO card_duplicates VALUES ('org/base', 'org/base', 2, 1.0, 0.99), "
              + "('fan/base-copy', 'org/base', 2, 0.995, 0.99), ('gone/original', 'gone/original', 2, 1.0, 0.99), "
              + "('fan/orphan-copy', 'gone/original', 2, 0.993, 0.99)");
        }
        return null;
      });
      GithubSettings.CodeSearch settings = new GithubSettings.CodeSearch("\"{model}\" language:{language}",
          List.of("Python"), 100, 1000, 393_216, skipVariants);
      return new CodeSearch(null, store, settings).selectedModels();
    }
  }

  @Test
  void aVariantWhoseOriginalIsSearchedIsNotSearchedAgain() {
    assertThat(searched(true)).containsExactly("fan/orphan-copy", "org/base", "org/other");
  }

  @Test
  void turningItOffSearchesEverySelectedModel() {
    assertThat(searched(false)).containsExactly("fan/base-copy", "fan/orphan-copy", "org/base", "org/other");
  }
}
