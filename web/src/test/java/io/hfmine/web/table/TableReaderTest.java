package io.hfmine.web.table;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.search.CardIndex;
import io.hfmine.web.search.CardSearch;
import io.hfmine.web.pages.models.ModelTable;
import io.hfmine.web.pages.usages.UsageTable;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TableReaderTest {
  private static Store store;

  @BeforeAll
  static void fill() {
    store = Store.inMemory();
    store.transaction(connection -> {
      try (PreparedStatement insert = connection.prepareStatement("INSERT INTO usages (usage_id, repository, path, "
          + "language, line, col, library, api, kind, model_id, resolution, extracted_at) VALUES (?, ?, ?, 'python', ?, 1, "
          + "?, 'x.load', 'model', ?, 'literal', now())")) {
        for (int i = 0; i < 237; i++) {
          insert.setString(1, String.format("id%03d", (i * 37) % 237));
          insert.setString(2, i % 11 == 0 ? null : "org/repo" + (i % 4));
          insert.setString(3, "file" + (i % 3) + ".py");
          insert.setInt(4, i % 5 == 0 ? 7 : i);
          insert.setString(5, i % 3 == 0 ? "timm" : "transformers");
          insert.setString(6, "m/" + (i % 7));
          insert.addBatch();
        }
        insert.executeBatch();
      }
      return null;
    });
  }

  @AfterAll
  static void close() {
    store.close();
  }

  private static List<String> expected(String sql) {
    return store.read(connection -> {
      List<String> ids = new ArrayList<>();
      try (PreparedStatement statement = connection.prepareStatement(sql); ResultSet rows = statement.executeQuery()) {
        while (rows.next()) {
          ids.add(rows.getString(1));
        }
      }
      return ids;
    });
  }

  private static List<String> walk(TableDefinition table, Map<String, String> filters, String sort, int pageSize) {
    return walk(table, filters, sort, pageSize, null);
  }

  private static List<String> walk(TableDefinition table, Map<String, String> filters, String sort, int pageSize,
      PagePositions positions) {
    List<String> seen = new ArrayList<>();
    String after = null;
    int pages = 0;
    do {
      TableResult page = TableReader.read(store, table, new TableRequest(filters, sort, after), pageSize, null,
          positions);
      page.rows().forEach(row -> seen.add(String.valueOf(row.get("usage_id"))));
      after = page.next();
      pages++;
      assertThat(pages).as("pages").isLessThan(100);
    } while (after != null);
    return seen;
  }

  @Test
  void keysetPagesVisitEveryRowOnceInTheTablesOrder() {
    List<String> all = walk(UsageTable.definition(), Map.of(), null, 10);
    assertThat(all).hasSize(237).doesNotHaveDuplicates();
    assertThat(all).containsExactlyElementsOf(expected(
        "SELECT usage_id FROM usages ORDER BY coalesce(repository, ''), path, line, usage_id"));
    assertThat(walk(UsageTable.definition(), Map.of(), "model", 13)).containsExactlyElementsOf(expected(
        "SELECT usage_id FROM usages ORDER BY coalesce(model_id, ''), usage_id"));
  }

  @Test
  void pagesReadByNumberedPositionsVisitTheRowsOfTheSortedOrderAndFilteredPagesStillSort() {
    TableDefinition usages = UsageTable.definition();
    PagePositions positions = new PagePositions();
    positions.build(store, usages);
    List<String> sorted = expected("SELECT usage_id FROM usages ORDER BY coalesce(repository, ''), path, line, usage_id");
    assertThat(walk(usages, Map.of(), null, 10, positions)).containsExactlyElementsOf(sorted);
    assertThat(walk(usages, Map.of(), null, 237, positions)).containsExactlyElementsOf(sorted);
    assertThat(walk(usages, Map.of(), "model", 13, positions)).containsExactlyElementsOf(expected(
        "SELECT usage_id FROM usages ORDER BY coalesce(model_id, ''), usage_id"));
    assertThat(walk(usages, Map.of("library", "timm"), null, 9, positions)).containsExactlyElementsOf(expected(
        "SELECT usage_id FROM usages WHERE library = 'timm' ORDER BY coalesce(repository, ''), path, line, usage_id"));
    // A cursor written by a sorted page (no position) goes on by sorting.
    TableResult sortedFirst = TableReader.read(store, usages, new TableRequest(Map.of(), null, null), 10);
    TableResult second = TableReader.read(store, usages, new TableRequest(Map.of(), null, sortedFirst.next()), 10, null,
        positions);
    assertThat(second.rows()).extracting(row -> String.valueOf(row.get("usage_id")))
        .containsExactlyElementsOf(sorted.subList(10, 20));
  }

  @Test
  void filtersNarrowEveryPageAndTheTotal() {
    Map<String, String> filters = Map.of("library", "timm", "q", "REPO2");
    List<String> filtered = walk(UsageTable.definition(), filters, null, 7);
    assertThat(filtered).containsExactlyElementsOf(expected("SELECT usage_id FROM usages WHERE library = 'timm' "
        + "AND repository LIKE '%repo2%' ORDER BY coalesce(repository, ''), path, line, usage_id"));
    TableResult first = TableReader.read(store, UsageTable.definition(), new TableRequest(filters, null, null), 7);
    assertThat(first.total()).isEqualTo(filtered.size());
  }

  @Test
  void facetCountsSayWhatEachChoiceWouldLeaveUnderTheOtherFilters() {
    TableResult result = TableReader.read(store, UsageTable.definition(),
        new TableRequest(Map.of("library", "timm"), null, null), 10);
    Map<String, Long> libraries = new HashMap<>();
    result.facets().get("library").forEach(f -> libraries.put(f.value(), f.rows()));
    assertThat(libraries).containsEntry("timm", 79L).containsEntry("transformers", 158L);
    long timmResolutions = result.facets().get("resolution").stream().mapToLong(TableResult.FacetValue::rows).sum();
    assertThat(timmResolutions).isEqualTo(79);
    assertThat(result.facets()).doesNotContainKey("model");
  }

  @Test
  void filterValuesAreBoundNeverSpliced() {
    TableResult result = TableReader.read(store, UsageTable.definition(),
        new TableRequest(Map.of("model", "x' OR '1'='1", "q", "%' OR 1=1 --"), null, null), 10);
    assertThat(result.total()).isZero();
    assertThat(result.rows()).isEmpty();
  }

  @Test
  void aForgedCursorOrUnknownOrderIsABadRequest() {
    assertThatThrownBy(() -> TableReader.read(store, UsageTable.definition(), new TableRequest(Map.of(), null,
        "bm90IGpzb24"), 10)).isInstanceOf(BadRequestException.class).hasMessageContaining("after");
    assertThatThrownBy(() -> TableReader.read(store, UsageTable.definition(), new TableRequest(Map.of(), "usage_id; DROP",
        null), 10)).isInstanceOf(BadRequestException.class).hasMessageContaining("sort must be one of");
    try (CardIndex cards = CardIndex.of(store, Progress.NONE)) {
      assertThatThrownBy(() -> TableReader.read(store, ModelTable.definition(false, new CardSearch(cards)),
          new TableRequest(Map.of("min_downloads", "lots"), null, null), 10)).isInstanceOf(BadRequestException.class)
          .hasMessageContaining("min_downloads must be a whole number");
    }
  }
}
