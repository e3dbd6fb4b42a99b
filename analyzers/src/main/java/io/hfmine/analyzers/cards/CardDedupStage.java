package io.hfmine.analyzers.cards;

import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.function.Consumer;

/**
 * {@code models dedup}: runs {@link CardDeduplicator} over the stored cards and replaces
 * {@code card_duplicates} with the groups found, in one transaction.
 *
 * <p>Cards are compared without their YAML front matter (metadata is compared elsewhere); cards
 * whose body has no words are left out, as an empty card is not a copy of anything.
 */
public final class CardDedupStage {
  private final Store store;
  private final CardDeduplicator.Settings settings;
  private final Progress.Factory progress;

  public CardDedupStage(Store store, CardDeduplicator.Settings settings, Progress.Factory progress) {
    this.store = store;
    this.settings = settings;
    this.progress = progress;
  }

  /** Groups the stored cards, streamed from the store, and stores the groups: two steps of the progress. */
  public CardDeduplicator.Result run() {
    try (Progress bar = progress.start("models dedup")) {
      bar.total(2);
      bar.message("comparing cards");
      CardDeduplicator.Result result = new CardDeduplicator(settings).find(this::cards);
      bar.step();
      bar.message("storing " + result.groups() + " groups");
      save(result);
      bar.step();
      return result;
    }
  }

  // Streams the cards in a stable order; the deduplicator reads them twice.
  private void cards(Consumer<CardDeduplicator.Card> sink) {
    store.read(connection -> {
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("""
               SELECT c.model_id, m.created_at, c.text FROM model_cards c
               LEFT JOIN models m ON m.id = c.model_id
               WHERE c.status = 'ok' AND c.text IS NOT NULL
               ORDER BY c.model_id""")) {
        while (rows.next()) {
          String body = CardFrontMatter.body(rows.getString("text"));
          if (body.chars().anyMatch(Character::isLetterOrDigit)) {
            sink.accept(new CardDeduplicator.Card(rows.getString("model_id"),
                ModelCatalog.instant(rows, "created_at"), body));
          }
        }
      }
      return null;
    });
  }

  private void save(CardDeduplicator.Result result) {
    store.transaction(connection -> {
      try (Statement delete = connection.createStatement()) {
        delete.execute("DELETE FROM card_duplicates");
      }
      try (PreparedStatement insert = connection.prepareStatement("""
          INSERT INTO card_duplicates (model_id, original_id, group_size, similarity, threshold)
          VALUES (?, ?, ?, ?, ?)""")) {
        for (CardDeduplicator.Member member : result.members()) {
          insert.setString(1, member.modelId());
          insert.setString(2, member.originalId());
          insert.setInt(3, member.groupSize());
          insert.setDouble(4, member.similarity());
          insert.setDouble(5, settings.threshold());
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }
}
