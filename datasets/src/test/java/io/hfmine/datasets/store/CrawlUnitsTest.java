package io.hfmine.datasets.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class CrawlUnitsTest {
  @Test
  void beginCountsAttemptsAndCheckpointMovesCursorWithItems() {
    try (Store store = Store.inMemory()) {
      CrawlUnits units = new CrawlUnits(store);
      units.begin("models-listing", "q");
      store.transaction(c -> {
        units.checkpoint(c, "models-listing", "q", "cursor-2", 100);
        return null;
      });
      CrawlUnit again = units.begin("models-listing", "q");
      assertThat(again.attempts()).isEqualTo(2);
      assertThat(again.cursor()).isEqualTo("cursor-2");
      assertThat(again.items()).isEqualTo(100);
      assertThat(again.state()).isEqualTo(CrawlUnit.State.RUNNING);
    }
  }

  @Test
  void failedUnitKeepsItsReasonAndIsListedForTheNextRun() {
    try (Store store = Store.inMemory()) {
      CrawlUnits units = new CrawlUnits(store);
      units.begin("model-card", "org/a");
      units.fail("model-card", "org/a", "HTTP 503 after 5 attempts");
      assertThat(units.list("model-card", CrawlUnit.State.FAILED))
          .singleElement()
          .satisfies(unit -> assertThat(unit.lastError()).isEqualTo("HTTP 503 after 5 attempts"));
    }
  }

  @Test
  void checkpointRolledBackWithItsTransactionLeavesTheOldCursor() {
    try (Store store = Store.inMemory()) {
      CrawlUnits units = new CrawlUnits(store);
      units.begin("models-listing", "q");
      assertThatThrownBy(() -> store.transaction(c -> {
        units.checkpoint(c, "models-listing", "q", "cursor-9", 5);
        throw new IllegalStateException("killed");
      })).hasMessage("killed");
      assertThat(units.find("models-listing", "q").orElseThrow().cursor()).isNull();
    }
  }

  @Test
  void completingAUnitThatWasNeverBegunIsAnError() {
    try (Store store = Store.inMemory()) {
      assertThatThrownBy(() -> new CrawlUnits(store).complete("k", "nope"))
          .hasMessageContaining("k/nope was never begun");
    }
  }
}
