package io.hfmine.crawler.github.code;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubApi;
import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.datasets.config.TemplateText;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnit;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code hfmine code search}: for each model and language, GitHub code search for the model id,
 * sliced by file size until every slice is within the 1,000-result cap.
 *
 * <p>Each (query, slice) is a crawl unit whose cursor is the next page; a page's hits, the
 * slice's outcome and the cursor commit together, so a killed run resumes without loss or repeat.
 */
public final class CodeSearch {
  /** Crawl-unit kind of a (query, slice). */
  public static final String UNIT_KIND = "code-search";

  private final GithubApi api;
  private final Store store;
  private final CrawlUnits units;
  private final GithubSettings.CodeSearch settings;
  private final CodeSearchSlicer slicer;

  public CodeSearch(GithubApi api, Store store, GithubSettings.CodeSearch settings) {
    this.api = api;
    this.store = store;
    this.units = new CrawlUnits(store);
    this.settings = settings;
    this.slicer = new CodeSearchSlicer(settings.resultCap(), settings.maxIndexedBytes());
  }

  /** Searches every model of the spec; failed slices are recorded and retried by the next run. */
  public CrawlReport run(CodeSearchSpec spec, Progress progress) {
    List<String> models = spec.models().isEmpty() ? selectedModels() : spec.models();
    List<String> languages = spec.languages().isEmpty() ? settings.languages() : spec.languages();
    CrawlReport report = new CrawlReport();
    progress.total((long) models.size() * languages.size());
    for (String model : models) {
      for (String language : languages) {
        progress.message(model);
        for (String spelling : spec.spellings().apply(model)) {
          search(model, query(spelling, language), report);
        }
        progress.step();
      }
    }
    return report;
  }

  /** The query of a model in a language, from the configured template. */
  public String query(String model, String language) {
    // A language name with a space (Jupyter Notebook) is one qualifier value only when quoted.
    String value = language.contains(" ") && !language.startsWith("\"") ? "\"" + language + "\"" : language;
    return TemplateText.fill(settings.queryTemplate(), Map.of("model", model, "language", value)).strip();
  }

  private void search(String model, String query, CrawlReport report) {
    Deque<String> slices = new ArrayDeque<>();
    slices.push(CodeSearchSlicer.ALL);
    while (!slices.isEmpty()) {
      String slice = slices.pop();
      String key = query + " | " + slice;
      Optional<CrawlUnit> unit = units.find(UNIT_KIND, key);
      if (unit.isPresent() && unit.get().state() == CrawlUnit.State.DONE) {
        report.skipped();
        childrenOfSplit(model, query, slice).forEach(slices::push);
        continue;
      }
      CrawlUnit begun = units.begin(UNIT_KIND, key);
      try {
        List<String> children = crawlSlice(model, query, slice, key, begun.cursor(), report);
        report.done();
        // Pushed in reverse so slices are crawled smallest sizes first.
        for (int i = children.size() - 1; i >= 0; i--) {
          slices.push(children.get(i));
        }
      } catch (IOException | RuntimeException e) {
        String reason = Secrets.redact(String.valueOf(e.getMessage()));
        units.fail(UNIT_KIND, key, reason);
        report.failed(key, reason);
      }
    }
  }

  /** Crawls a slice from its cursor; returns the sub-slices when it turned out too big. */
  private List<String> crawlSlice(String model, String query, String slice, String key, String cursor,
      CrawlReport report) throws IOException {
    int page = cursor == null || "split".equals(cursor) ? 1 : Integer.parseInt(cursor);
    String q = CodeSearchSlicer.ALL.equals(slice) ? query : query + " " + slice;
    int maxPage = Math.ceilDiv(settings.resultCap(), settings.perPage());
    while (true) {
      ApiResponse response = api.get(api.url("search/code",
          Map.of("q", q, "per_page", String.valueOf(settings.perPage()), "page", String.valueOf(page))));
      if (response.status() == 422 && page > 1) {
        // GitHub refuses pages past the 1,000th result: the slice is as complete as search allows.
        finish(key, model, query, slice, null, List.of(), true, null);
        return List.of();
      }
      if (!response.ok()) {
        throw GithubApi.error(response);
      }
      JsonNode body = response.object();
      if (!body.path("items").isArray() || !body.path("total_count").isNumber()) {
        throw new IOException("GitHub sent a search page without items or total_count for " + response.url());
      }
      long total = body.path("total_count").asLong();
      boolean incomplete = body.path("incomplete_results").asBoolean(false);
      List<JsonNode> items = new ArrayList<>();
      body.path("items").forEach(items::add);
      if (page == 1 && slicer.tooBig(total) && slicer.splittable(slice)) {
        List<String> children = slicer.split(slice, total);
        report.items(finish(key, model, query, slice, new SliceOutcome(total, incomplete, false, true), items,
            true, null));
        return children;
      }
      boolean last = items.isEmpty() || response.links().get("next").isEmpty() || page >= maxPage;
      SliceOutcome outcome = new SliceOutcome(total, incomplete, slicer.tooBig(total), false);
      report.items(finish(key, model, query, slice, outcome, items, last, last ? null : String.valueOf(page + 1)));
      if (last) {
        return List.of();
      }
      page++;
    }
  }

  private record SliceOutcome(long total, boolean incomplete, boolean truncated, boolean split) {
  }

  /**
   * Stores a page's hits, the slice outcome and the unit's cursor or completion in one commit;
   * returns how many hits were new (a file found again by another spelling or page is not).
   */
  private int finish(String key, String model, String query, String slice, SliceOutcome outcome,
      List<JsonNode> items, boolean complete, String nextCursor) {
    return store.transaction(connection -> {
      if (outcome != null) {
        upsertSlice(connection, model, query, slice, outcome);
      }
      int inserted = insertHits(connection, model, query, slice, items);
      if (complete) {
        units.checkpoint(connection, UNIT_KIND, key, outcome != null && outcome.split() ? "split" : null, items.size());
        units.complete(connection, UNIT_KIND, key);
      } else {
        units.checkpoint(connection, UNIT_KIND, key, nextCursor, items.size());
      }
      return inserted;
    });
  }

  private static void upsertSlice(Connection connection, String model, String query, String slice,
      SliceOutcome outcome) throws SQLException {
    try (PreparedStatement upsert = connection.prepareStatement("""
        INSERT INTO code_search_slices (model_id, query, slice, total_count, incomplete_results, truncated, split)
        VALUES (?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (model_id, query, slice) DO UPDATE SET
          total_count = excluded.total_count,
          incomplete_results = code_search_slices.incomplete_results OR excluded.incomplete_results,
          truncated = excluded.truncated,
          split = excluded.split""")) {
      upsert.setString(1, model);
      upsert.setString(2, query);
      upsert.setString(3, slice);
      upsert.setLong(4, outcome.total());
      upsert.setBoolean(5, outcome.incomplete());
      upsert.setBoolean(6, outcome.truncated());
      upsert.setBoolean(7, outcome.split());
      upsert.executeUpdate();
    }
  }

  private static int insertHits(Connection connection, String model, String query, String slice,
      List<JsonNode> items) throws SQLException {
    if (items.isEmpty()) {
      return 0;
    }
    // One multi-row statement per page: DuckDB runs a JDBC batch row by row, which is far slower.
    String values = String.join(", ", java.util.Collections.nCopies(items.size(), "(?, ?, ?, ?, ?, ?, ?, ?)"));
    try (PreparedStatement insert = connection.prepareStatement(
        "INSERT INTO code_hits (model_id, repository, path, blob_sha, query, slice, html_url, found_at) VALUES "
            + values + " ON CONFLICT (model_id, repository, path, blob_sha) DO NOTHING")) {
      Timestamp now = Timestamp.from(Instant.now());
      int p = 1;
      for (JsonNode item : items) {
        insert.setString(p++, model);
        insert.setString(p++, item.path("repository").path("full_name").asText());
        insert.setString(p++, item.path("path").asText());
        insert.setString(p++, item.path("sha").asText());
        insert.setString(p++, query);
        insert.setString(p++, slice);
        insert.setString(p++, item.path("html_url").asText(null));
        insert.setTimestamp(p++, now);
      }
      return insert.executeUpdate();
    }
  }

  /** For a finished slice that was split, its sub-slices (recomputed from the stored count). */
  private List<String> childrenOfSplit(String model, String query, String slice) {
    return store.read(connection -> {
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT total_count, split FROM code_search_slices WHERE model_id = ? AND query = ? AND slice = ?")) {
        select.setString(1, model);
        select.setString(2, query);
        select.setString(3, slice);
        try (ResultSet rows = select.executeQuery()) {
          if (rows.next() && rows.getBoolean("split")) {
            List<String> children = new ArrayList<>(slicer.split(slice, rows.getLong("total_count")));
            java.util.Collections.reverse(children);
            return children;
          }
          return List.of();
        }
      }
    });
  }

  /**
   * The selected models to search. With {@code skip-duplicate-variants}, a near-duplicate variant
   * (card_duplicates) whose original is itself selected is left out: it shares the original's card,
   * and code search requests are the study's scarcest budget.
   */
  List<String> selectedModels() {
    String sql = settings.skipDuplicateVariants()
        ? """
          SELECT s.model_id FROM model_selection s
          WHERE NOT EXISTS (SELECT 1 FROM card_duplicates d JOIN model_selection o ON o.model_id = d.original_id
                            WHERE d.model_id = s.model_id AND d.original_id <> s.model_id)
          ORDER BY s.model_id"""
        : "SELECT model_id FROM model_selection ORDER BY model_id";
    return store.read(connection -> {
      List<String> models = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(sql);
           ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          models.add(rows.getString(1));
        }
      }
      return models;
    });
  }
}
