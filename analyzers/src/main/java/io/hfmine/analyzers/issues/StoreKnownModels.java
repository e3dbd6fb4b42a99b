package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** The model ids of the store's {@code models} table, looked up only for the candidates an issue mentions. */
public final class StoreKnownModels implements KnownModels {
  private static final int CHUNK = 500;
  private final Store store;
  private Boolean empty;

  public StoreKnownModels(Store store) {
    this.store = store;
  }

  @Override
  public Set<String> known(Collection<String> lowerCaseCandidates) {
    if (lowerCaseCandidates.isEmpty() || noModels()) {
      return Set.of();
    }
    List<String> all = List.copyOf(lowerCaseCandidates);
    Set<String> known = new HashSet<>();
    for (int from = 0; from < all.size(); from += CHUNK) {
      List<String> chunk = all.subList(from, Math.min(all.size(), from + CHUNK));
      String marks = String.join(", ", java.util.Collections.nCopies(chunk.size(), "?"));
      known.addAll(store.read(connection -> {
        Set<String> found = new HashSet<>();
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT lower(id) FROM models WHERE lower(id) IN (" + marks + ")")) {
          for (int i = 0; i < chunk.size(); i++) {
            statement.setString(i + 1, chunk.get(i));
          }
          try (ResultSet rows = statement.executeQuery()) {
            while (rows.next()) {
              found.add(rows.getString(1));
            }
          }
        }
        return found;
      }));
    }
    return known;
  }

  @Override
  public boolean isEmpty() {
    return noModels();
  }

  // A store without models (issues imported on their own) answers every lookup with nothing.
  private synchronized boolean noModels() {
    if (empty == null) {
      empty = store.read(connection -> {
        try (PreparedStatement statement = connection.prepareStatement("SELECT count(*) FROM models");
            ResultSet rows = statement.executeQuery()) {
          rows.next();
          return rows.getLong(1) == 0;
        }
      });
    }
    return empty;
  }
}
