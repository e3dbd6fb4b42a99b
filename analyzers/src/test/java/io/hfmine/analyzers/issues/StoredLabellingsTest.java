package io.hfmine.analyzers.issues;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.datasets.store.Store;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class StoredLabellingsTest {
  private static final IssueId ONE = new IssueId("lab/a", 1);
  private static final IssueId TWO = new IssueId("lab/a", 2);

  @Test
  void aStoredLabellingReadsBackAsTheLabellerGaveItThemesInRank() {
    IssueLabelling given = new IssueLabelling(ONE, new ScoredCode("true", 0.9, "P(ptm) = 0.9"),
        List.of(new ScoredCode("HR", 0.4, "b"), new ScoredCode("MU", 0.8, "a")), List.of(new ScoredCode("HR.MEM", 0.4, "c")),
        new ScoredCode("bug", 0.7, "d"));
    IssueLabelling other = new IssueLabelling(TWO, new ScoredCode("false", 1, "x"), List.of(), List.of(), null);
    try (Store store = Store.inMemory()) {
      store.transaction(connection -> {
        LabelRecords.replace(connection, "rules", List.of(ONE), given.toLabels("rules"), Instant.now());
        LabelRecords.replace(connection, "classifier", List.of(TWO), other.toLabels("classifier"), Instant.now());
        // Themes of an issue without a PTM label are no labelling.
        LabelRecords.replace(connection, "rules", List.of(TWO), List.of(new IssueLabel(TWO, LabelKind.THEME, "MU", "rules",
            0.5, "e", 0)), Instant.now());
        return null;
      });

      Map<IssueId, IssueLabelling> read = StoredLabellings.read(store, "rules", List.of(ONE, TWO));

      assertThat(read).containsOnlyKeys(ONE);
      assertThat(read.get(ONE)).isEqualTo(given);
      assertThat(read.get(ONE).primaryTheme()).isEqualTo("HR");
      assertThat(StoredLabellings.read(store, "classifier", List.of(ONE, TWO))).containsExactly(Map.entry(TWO, other));
    }
  }
}
