package io.hfmine.web.table;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Writes what a request's searches find to their temporary tables ({@code id}, {@code rank}), so
 * the request's queries can join them. Runs on the store's one connection inside the same read as
 * those queries, so no other request's hits are in the table meanwhile.
 */
final class SearchHits {
  private static final Pattern NAME = Pattern.compile("[a-z_][a-z0-9_]*");

  private SearchHits() {
  }

  static void write(Connection connection, TableDefinition table, TableRequest request) throws SQLException {
    for (Filter filter : table.filters()) {
      String words = request.filters().get(filter.param());
      if (filter.kind() != Filter.Kind.SEARCH || words == null) {
        continue;
      }
      String hits = filter.search().hits();
      if (!NAME.matcher(hits).matches()) {
        throw new IllegalStateException("not a table name: " + hits);
      }
      List<String> ids = filter.search().find(words);
      try (Statement statement = connection.createStatement()) {
        statement.execute("CREATE OR REPLACE TEMP TABLE " + hits + " (id VARCHAR, rank INTEGER)");
      }
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO " + hits
          + " SELECT unnest(s), unnest(range(1, len(s) + 1)) FROM (SELECT ?::VARCHAR[] AS s)")) {
        insert.setObject(1, connection.createArrayOf("VARCHAR", ids.toArray()));
        insert.execute();
      }
    }
  }
}
