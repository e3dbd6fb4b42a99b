package io.hfmine.crawler.github.repos;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubApi;
import io.hfmine.crawler.github.Rows;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnit;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code hfmine repos sync}: the metadata of repositories, in three requests each: the repository
 * (a 301 of a renamed one is followed and the old name kept in {@code renamed_from}), the commit
 * count from the {@code Link} header of a {@code per_page=1} commit listing, and the issue count
 * (pull requests excluded) from the {@code total_count} of an issue search. 404/410 and 451 are
 * recorded as {@code gone} and {@code blocked} ({@link RepositoryStatus}), keeping the metadata
 * last seen of a repository that was there before.
 */
public final class RepositorySync {
  /** Crawl-unit kind of one repository, keyed by the name it was asked for. */
  public static final String UNIT_KIND = "repository";

  private final GithubApi api;
  private final Store store;
  private final CrawlUnits units;

  public RepositorySync(GithubApi api, Store store) {
    this.api = api;
    this.store = store;
    this.units = new CrawlUnits(store);
  }

  public CrawlReport run(RepositorySyncSpec spec, Progress progress) {
    List<String> names = spec.repositories().isEmpty() ? repositoriesWithHits() : spec.repositories();
    CrawlReport report = new CrawlReport();
    progress.total(names.size());
    for (String name : names) {
      progress.message(name);
      Optional<CrawlUnit> unit = units.find(UNIT_KIND, name);
      if (!spec.refresh() && unit.isPresent() && unit.get().state() == CrawlUnit.State.DONE) {
        report.skipped();
      } else {
        units.begin(UNIT_KIND, name);
        try {
          Optional<String> missing = sync(name);
          report.done();
          if (missing.isPresent()) {
            report.missing(name, missing.get());
          } else {
            report.items(1);
          }
        } catch (IOException | RuntimeException e) {
          String reason = Secrets.redact(String.valueOf(e.getMessage()));
          units.fail(UNIT_KIND, name, reason);
          report.failed(name, reason);
        }
      }
      progress.step();
    }
    return report;
  }

  /** Stores one repository; returns the status recorded when GitHub says it is gone or blocked. */
  private Optional<String> sync(String name) throws IOException {
    ApiResponse response = api.get(api.url("repos/" + name, Map.of()));
    Optional<String> missing = RepositoryStatus.ofMissing(response.status());
    if (missing.isPresent()) {
      write(name, connection -> RepositoryStatus.markMissing(connection, name, missing.get()));
      return missing;
    }
    if (!response.ok()) {
      throw GithubApi.error(response);
    }
    JsonNode repo = response.object();
    String fullName = repo.path("full_name").asText(name);
    String renamedFrom = fullName.equalsIgnoreCase(name) ? null : name;
    long commits = commitCount(fullName);
    long issues = issueCount(fullName);
    write(name, connection -> insert(connection, fullName, renamedFrom, repo, commits, issues));
    return Optional.empty();
  }

  private long commitCount(String fullName) throws IOException {
    ApiResponse response = api.get(api.url("repos/" + fullName + "/commits", Map.of("per_page", "1")));
    if (response.status() == 409) {
      return 0; // an empty repository has no commits to list
    }
    if (!response.ok()) {
      throw GithubApi.error(response);
    }
    return response.links().lastPage().orElse((long) response.array().size());
  }

  private long issueCount(String fullName) throws IOException {
    ApiResponse response = api.getOk(api.url("search/issues",
        Map.of("q", "repo:" + fullName + " is:issue", "per_page", "1")));
    JsonNode count = response.object().get("total_count");
    if (count == null || !count.isNumber()) {
      throw new IOException("GitHub sent no total_count for " + response.url());
    }
    return count.asLong();
  }

  private interface RowWriter {
    void write(Connection connection) throws Exception;
  }

  private void write(String unitKey, RowWriter writer) {
    store.transaction(connection -> {
      writer.write(connection);
      units.complete(connection, UNIT_KIND, unitKey);
      return null;
    });
  }

  private static void delete(Connection connection, String fullName) throws Exception {
    try (PreparedStatement delete = connection.prepareStatement("DELETE FROM repositories WHERE full_name = ?")) {
      delete.setString(1, fullName);
      delete.executeUpdate();
    }
  }

  private static void insert(Connection connection, String fullName, String renamedFrom, JsonNode repo,
      long commits, long issues) throws Exception {
    delete(connection, fullName);
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO repositories (full_name, status, renamed_from, github_id, description, language, topics,
          license, stars, forks, watchers, open_issues, size_kb, commits, issues_total, is_fork, archived,
          disabled, default_branch, created_at, pushed_at, fetched_at)
        VALUES (?, 'ok', ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""")) {
      List<String> topics = new ArrayList<>();
      repo.path("topics").forEach(topic -> topics.add(topic.asText()));
      JsonNode license = repo.path("license");
      String licenseId = license.isObject()
          ? license.path("spdx_id").asText(license.path("key").asText(null)) : null;
      int i = 1;
      insert.setString(i++, fullName);
      insert.setString(i++, renamedFrom);
      Rows.number(insert, i++, repo.get("id"));
      Rows.text(insert, i++, repo.get("description"));
      Rows.text(insert, i++, repo.get("language"));
      Rows.textList(connection, insert, i++, topics);
      insert.setString(i++, licenseId);
      Rows.number(insert, i++, repo.get("stargazers_count"));
      Rows.number(insert, i++, repo.get("forks_count"));
      // watchers_count mirrors stars for historical reasons; subscribers are the real watchers.
      Rows.number(insert, i++, repo.has("subscribers_count") ? repo.get("subscribers_count") : repo.get("watchers_count"));
      Rows.number(insert, i++, repo.get("open_issues_count"));
      Rows.number(insert, i++, repo.get("size"));
      insert.setLong(i++, commits);
      insert.setLong(i++, issues);
      Rows.bool(insert, i++, repo.get("fork"));
      Rows.bool(insert, i++, repo.get("archived"));
      Rows.bool(insert, i++, repo.get("disabled"));
      Rows.text(insert, i++, repo.get("default_branch"));
      Rows.timestamp(insert, i++, repo.get("created_at"));
      Rows.timestamp(insert, i++, repo.get("pushed_at"));
      Rows.now(insert, i);
      insert.executeUpdate();
    }
  }

  private List<String> repositoriesWithHits() {
    return store.read(connection -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT DISTINCT repository FROM code_hits ORDER BY repository");
           ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      return names;
    });
  }
}
