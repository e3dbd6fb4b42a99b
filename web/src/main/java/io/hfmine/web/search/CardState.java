package io.hfmine.web.search;

import io.hfmine.datasets.store.Store;
import java.sql.ResultSet;

/**
 * What the card index was built from, in one line: how many card texts the store holds and a
 * combined hash of each card's id, status, content hash, length and fetch time. A fetch, a refetch
 * or a removal changes it; reading it costs one pass over the cards' small columns, not their text.
 */
final class CardState {
  /** Raised when the index's layout or analysis changes, so old indexes are rebuilt. */
  private static final int FORMAT = 1;

  private CardState() {
  }

  static String of(Store store) {
    return store.read(connection -> {
      try (ResultSet rows = connection.createStatement().executeQuery("SELECT count(*), "
          + "coalesce(bit_xor(hash(model_id, status, sha256, byte_length, fetched_at)), 0) "
          + "FROM model_cards WHERE text IS NOT NULL")) {
        rows.next();
        return "format " + FORMAT + "; cards " + rows.getLong(1) + "; hash " + rows.getString(2);
      }
    });
  }
}
