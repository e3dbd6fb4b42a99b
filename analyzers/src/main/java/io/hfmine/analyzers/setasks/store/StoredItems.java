package io.hfmine.analyzers.setasks.store;

import io.hfmine.analyzers.setasks.match.ItemText;
import io.hfmine.analyzers.setasks.text.CardParts;
import io.hfmine.datasets.arxiv.ArxivIds;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Reads models or datasets page by page with what matching needs: card text, tags (Hub and card
 * metadata) and the abstracts their {@code arxiv:} tags name.
 *
 * <p>Pages follow the item table's storage order (rowid), and cards, metadata and abstracts are
 * looked up by key for the page only, so a dump of 1.5 million cards is never joined or held at
 * once; a page's position is where a killed run resumes.
 */
public final class StoredItems {
  private final Store store;
  private final ItemKind kind;

  public StoredItems(Store store, ItemKind kind) {
    this.store = store;
    this.kind = kind;
  }

  /** One model or dataset, ready for matching, with its creation time (for near-duplicate originals). */
  public record StoredItem(ItemText text, Instant createdAt, String cardStatus) {
  }

  /** A page of items and the rowid the next page starts at (-1 after the last). */
  public record Page(List<StoredItem> items, long next) {
  }

  public long count() {
    return store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement("SELECT count(*) FROM " + kind.items);
           ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getLong(1);
      }
    });
  }

  /** Up to {@code size} items from rowid {@code from} on. */
  public Page page(long from, int size) {
    return store.read(connection -> {
      List<String> ids = new ArrayList<>();
      Map<String, Instant> created = new HashMap<>();
      Map<String, Set<String>> tags = new HashMap<>();
      long last = -1;
      try (PreparedStatement query = connection.prepareStatement("SELECT rowid, id, created_at, tags FROM "
          + kind.items + " WHERE rowid >= ? ORDER BY rowid LIMIT ?")) {
        query.setLong(1, from);
        query.setInt(2, size);
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            last = rows.getLong(1);
            String id = rows.getString(2);
            ids.add(id);
            created.put(id, ModelCatalog.instant(rows, "created_at"));
            tags.put(id, new LinkedHashSet<>(ModelCatalog.textList(rows.getArray(4))));
          }
        }
      }
      if (ids.isEmpty()) {
        return new Page(List.of(), -1);
      }
      Map<String, String[]> cards = cards(connection, ids);
      metadataTags(connection, ids, tags);
      Map<String, String> abstracts = abstracts(connection, tags);
      List<StoredItem> items = new ArrayList<>(ids.size());
      for (String id : ids) {
        String[] card = cards.get(id);
        String text = card != null && "ok".equals(card[0]) ? card[1] : null;
        List<ItemText.PaperAbstract> papers = new ArrayList<>();
        for (String arxivId : ArxivIds.fromTags(tags.get(id))) {
          String summary = abstracts.get(arxivId);
          if (summary != null) {
            papers.add(new ItemText.PaperAbstract(arxivId, summary));
          }
        }
        items.add(new StoredItem(new ItemText(kind.key, id, tags.get(id), text, papers), created.get(id),
            cardStatus(text)));
      }
      return new Page(items, ids.size() < size ? -1 : last + 1);
    });
  }

  /** {@code none} without a README, {@code empty} when it has no word beyond its metadata, else {@code ok}. */
  public static String cardStatus(String text) {
    if (text == null) {
      return "none";
    }
    int body = CardParts.of(text).bodyStart();
    for (int i = body; i < text.length(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))) {
        return "ok";
      }
    }
    return "empty";
  }

  private Map<String, String[]> cards(Connection connection, List<String> ids) throws SQLException {
    Map<String, String[]> cards = new HashMap<>();
    try (PreparedStatement query = connection.prepareStatement("SELECT " + kind.idColumn + ", status, text FROM "
        + kind.cards + " WHERE " + kind.idColumn + " IN (" + placeholders(ids.size()) + ")")) {
      bind(query, ids);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          cards.put(rows.getString(1), new String[] {rows.getString(2), rows.getString(3)});
        }
      }
    }
    return cards;
  }

  private void metadataTags(Connection connection, List<String> ids, Map<String, Set<String>> tags)
      throws SQLException {
    try (PreparedStatement query = connection.prepareStatement("SELECT " + kind.idColumn + ", tags FROM "
        + kind.metadata + " WHERE " + kind.idColumn + " IN (" + placeholders(ids.size()) + ")")) {
      bind(query, ids);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          tags.get(rows.getString(1)).addAll(ModelCatalog.textList(rows.getArray(2)));
        }
      }
    }
  }

  private static Map<String, String> abstracts(Connection connection, Map<String, Set<String>> tags)
      throws SQLException {
    Set<String> wanted = new LinkedHashSet<>();
    tags.values().forEach(t -> wanted.addAll(ArxivIds.fromTags(t)));
    Map<String, String> abstracts = new HashMap<>();
    if (wanted.isEmpty()) {
      return abstracts;
    }
    List<String> ids = new ArrayList<>(wanted);
    try (PreparedStatement query = connection.prepareStatement("SELECT arxiv_id, abstract FROM arxiv_papers "
        + "WHERE status = 'ok' AND arxiv_id IN (" + placeholders(ids.size()) + ")")) {
      bind(query, ids);
      try (ResultSet rows = query.executeQuery()) {
        while (rows.next()) {
          abstracts.put(rows.getString(1), rows.getString(2));
        }
      }
    }
    return abstracts;
  }

  private static String placeholders(int count) {
    return String.join(", ", java.util.Collections.nCopies(count, "?"));
  }

  private static void bind(PreparedStatement query, List<String> values) throws SQLException {
    for (int i = 0; i < values.size(); i++) {
      query.setString(i + 1, values.get(i));
    }
  }
}
