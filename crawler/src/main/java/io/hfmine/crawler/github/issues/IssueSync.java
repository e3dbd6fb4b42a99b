package io.hfmine.crawler.github.issues;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubApi;
import io.hfmine.crawler.github.repos.RepositoryStatus;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnit;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code hfmine issues sync}: every issue of a repository (pull requests excluded) with its
 * comments, listed by update time from the repository's checkpoint ({@link IssueListing}).
 *
 * <p>The crawl unit's cursor is the newest {@code updated_at} stored; each page's issues, their
 * comments and the new cursor commit together, so a killed run resumes exactly and a re-run asks
 * only for what changed since. A repository GitHub confirms gone (404) or blocked (451) is
 * recorded so in {@code repositories} and not asked again; one whose issues are disabled (410)
 * has none.
 */
public final class IssueSync {
  /** Crawl-unit kind of one repository's issues. */
  public static final String UNIT_KIND = "issues";

  private final GithubApi api;
  private final Store store;
  private final CrawlUnits units;
  private final int perPage;
  private final CommentListing comments;

  public IssueSync(GithubApi api, Store store, int perPage) {
    this.api = api;
    this.store = store;
    this.units = new CrawlUnits(store);
    this.perPage = perPage;
    this.comments = new CommentListing(api, perPage);
  }

  public CrawlReport run(IssueSyncSpec spec, Progress progress) {
    List<String> repositories = new ArrayList<>(spec.repositories());
    if (spec.selected()) {
      repositories.addAll(selectedRepositories());
    }
    CrawlReport report = new CrawlReport();
    progress.total(repositories.size());
    for (String repository : repositories.stream().distinct().toList()) {
      progress.message(repository);
      Optional<CrawlUnit> previous = units.find(UNIT_KIND, repository);
      if (previous.isPresent() && previous.get().state() == CrawlUnit.State.DONE && recordedMissing(repository)) {
        report.skipped();
        progress.step();
        continue;
      }
      CrawlUnit unit = units.begin(UNIT_KIND, repository);
      try {
        report.items(sync(repository, unit.cursor(), report));
        report.done();
      } catch (IOException | RuntimeException e) {
        String reason = Secrets.redact(String.valueOf(e.getMessage()));
        units.fail(UNIT_KIND, repository, reason);
        report.failed(repository, reason);
      }
      progress.step();
    }
    return report;
  }

  /** Syncs one repository; returns how many distinct issues this run stored. */
  private long sync(String repository, String checkpoint, CrawlReport report) throws IOException {
    Set<Integer> stored = new HashSet<>();
    IssueListing listing = new IssueListing(api, repository, perPage);
    try {
      listing.walk(checkpoint == null ? null : Instant.parse(checkpoint),
          (items, cursor, last) -> store(repository, items, cursor, last, stored));
    } catch (IssueListing.NotListed notListed) {
      notListed(repository, notListed.response(), report);
    }
    return stored.size();
  }

  private void store(String repository, List<JsonNode> items, Instant cursor, boolean last, Set<Integer> stored)
      throws IOException {
    List<JsonNode> issues = new ArrayList<>();
    Map<Integer, List<JsonNode>> threads = new LinkedHashMap<>();
    for (JsonNode item : items) {
      if (item.has("pull_request")) {
        continue;
      }
      issues.add(item);
      int number = item.path("number").asInt();
      if (item.path("comments").asInt() > 0) {
        threads.put(number, comments.comments(repository, number));
      }
    }
    String checkpoint = cursor == null ? null : cursor.toString();
    store.transaction(connection -> {
      for (JsonNode issue : issues) {
        int number = issue.path("number").asInt();
        try {
          IssueRows.upsertIssue(connection, repository, issue);
          IssueRows.replaceComments(connection, repository, number, threads.getOrDefault(number, List.of()));
        } catch (SQLException e) {
          throw new IOException("issue #" + number + " of " + repository + ": " + e.getMessage(), e);
        }
      }
      units.checkpoint(connection, UNIT_KIND, repository, checkpoint, issues.size());
      if (last) {
        units.complete(connection, UNIT_KIND, repository);
      }
      return null;
    });
    issues.forEach(issue -> stored.add(issue.path("number").asInt()));
  }

  /**
   * The issue listing answered an error. 410 means issues are disabled (none to store). A 404 is
   * confirmed with the repository itself: gone (404) or blocked (451) is recorded, anything else
   * leaves the unit failed, to be retried.
   */
  private void notListed(String repository, ApiResponse listing, CrawlReport report) throws IOException {
    if (listing.status() == 410) {
      units.complete(UNIT_KIND, repository);
      return;
    }
    Optional<String> missing = Optional.empty();
    if (listing.status() == 404 || listing.status() == 451) {
      missing = RepositoryStatus.ofMissing(api.get(api.url("repos/" + repository, Map.of())).status());
    }
    if (missing.isEmpty()) {
      throw GithubApi.error(listing);
    }
    String status = missing.get();
    store.transaction(connection -> {
      RepositoryStatus.markMissing(connection, repository, status);
      units.complete(connection, UNIT_KIND, repository);
      return null;
    });
    report.missing(repository, status);
  }

  private boolean recordedMissing(String repository) {
    return RepositoryStatus.of(store, repository)
        .filter(status -> status.equals(RepositoryStatus.GONE) || status.equals(RepositoryStatus.BLOCKED))
        .isPresent();
  }

  private List<String> selectedRepositories() {
    return store.read(connection -> {
      List<String> names = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement(
          "SELECT full_name FROM repository_selection ORDER BY full_name");
           ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          names.add(rows.getString(1));
        }
      }
      return names;
    });
  }
}
