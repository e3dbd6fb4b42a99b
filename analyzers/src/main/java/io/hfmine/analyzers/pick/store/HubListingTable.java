package io.hfmine.analyzers.pick.store;

import io.hfmine.analyzers.pick.evaluate.SnapshotSearch;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;

/**
 * The stored catalog as the Hub's search would list it: every model pick extracted (so the
 * baseline and hfmine search the same models) that is not private, with its tags, pipeline tag,
 * library and downloads from {@code models}.
 */
public final class HubListingTable {
  private static final String LISTED = """
      SELECT m.id, m.tags, m.pipeline_tag, m.library_name, m.downloads FROM models m JOIN pick_models p ON p.model_id = m.id
      WHERE m.private IS NOT TRUE""";

  private HubListingTable() {
  }

  public static List<SnapshotSearch.Listed> read(Store store) {
    return store.read(connection -> {
      List<SnapshotSearch.Listed> listed = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(LISTED); ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          long downloads = rows.getLong(5);
          boolean unknown = rows.wasNull();
          listed.add(SnapshotSearch.Listed.of(rows.getString(1), ModelCatalog.textList(rows.getArray(2)),
              rows.getString(3), rows.getString(4), unknown ? null : downloads));
        }
      }
      return listed;
    });
  }
}
