package io.hfmine.crawler.github.issues;

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
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * {@code hfmine issues sync}: every issue of a repository (pull requests excluded) with its
 * comments, listed by update time ascending from the repository's checkpoint.
 *
 * <p>The crawl unit's cursor is the newest {@code updated_at} stored; each page's issues, their
 * comments and the new cursor commit together. A re-run asks GitHub only for what changed since
 * (the issue at the boundary comes again and is upserted), and a killed run resumes exactly.
 */
public final class IssueSync {
  /** Crawl-unit kind of one repository's issues. */
  public static final String UNIT_KIND = "issues";

  private final GithubApi api;
  private final Store store;
  private final CrawlUnits units;
  private final int perPage;

  public IssueSync(GithubApi api, Store store, int perPage) {
    this.api = api;
    this.store = store;
    this.units = new CrawlUnits(store);
    this.perPage = perPage;
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
      CrawlUnit unit = units.begin(UNIT_KIND, repository);
      try {
        report.items(sync(repository, unit.cursor()));
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

  private long sync(String repository, String since) throws IOException {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("state", "all");
    query.put("sort", "updated");
    query.put("direction", "asc");
    query.put("per_page", String.valueOf(perPage));
    if (since != null) {
      query.put("since", since);
    }
    HttpUrl url = api.url("repos/" + repository + "/issues", query);
    String cursor = since;
    long stored = 0;
    while (url != null) {
      ApiResponse page = api.getOk(url);
      List<JsonNode> issues = new ArrayList<>();
      Map<Integer, List<JsonNode>> comments = new LinkedHashMap<>();
      for (JsonNode item : page.body()) {
        String updated = item.path("updated_at").asText(null);
        if (updated != null && (cursor == null || Instant.parse(updated).isAfter(Instant.parse(cursor)))) {
          cursor = updated;
        }
        if (item.has("pull_request")) {
          continue;
        }
        issues.add(item);
        if (item.path("comments").asInt() > 0) {
          comments.put(item.path("number").asInt(), comments(repository, item.path("number").asInt()));
        }
      }
      String next = page.links().get("next").orElse(null);
      String pageCursor = cursor;
      store.transaction(connection -> {
        for (JsonNode issue : issues) {
          upsertIssue(connection, repository, issue);
          replaceComments(connection, repository, issue.path("number").asInt(),
              comments.getOrDefault(issue.path("number").asInt(), List.of()));
        }
        units.checkpoint(connection, UNIT_KIND, repository, pageCursor, issues.size());
        if (next == null) {
          units.complete(connection, UNIT_KIND, repository);
        }
        return null;
      });
      stored += issues.size();
      url = next == null ? null : HttpUrl.parse(next);
    }
    return stored;
  }

  private List<JsonNode> comments(String repository, int number) throws IOException {
    List<JsonNode> comments = new ArrayList<>();
    HttpUrl url = api.url("repos/" + repository + "/issues/" + number + "/comments",
        Map.of("per_page", String.valueOf(perPage)));
    while (url != null) {
      ApiResponse page = api.getOk(url);
      page.body().forEach(comments::add);
      url = page.links().get("next").map(HttpUrl::parse).orElse(null);
    }
    return comments;
  }

  private static void upsertIssue(Connection connection, String repository, JsonNode issue) throws Exception {
    int number = issue.path("number").asInt();
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM issues WHERE repository = ? AND number = ?")) {
      delete.setString(1, repository);
      delete.setInt(2, number);
      delete.executeUpdate();
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO issues (repository, number, github_id, title, body, state, state_reason, author,
          author_association, labels, comments_count, html_url, created_at, updated_at, closed_at, source)
        VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'github')""")) {
      List<String> labels = new ArrayList<>();
      issue.path("labels").forEach(label -> labels.add(label.isTextual() ? label.asText() : label.path("name").asText()));
      int i = 1;
      insert.setString(i++, repository);
      insert.setInt(i++, number);
      Rows.number(insert, i++, issue.get("id"));
      insert.setString(i++, issue.path("title").asText(""));
      Rows.text(insert, i++, issue.get("body"));
      insert.setString(i++, issue.path("state").asText("open"));
      Rows.text(insert, i++, issue.get("state_reason"));
      Rows.text(insert, i++, issue.path("user").get("login"));
      Rows.text(insert, i++, issue.get("author_association"));
      Rows.textList(connection, insert, i++, labels);
      insert.setInt(i++, issue.path("comments").asInt());
      Rows.text(insert, i++, issue.get("html_url"));
      Rows.timestamp(insert, i++, issue.get("created_at"));
      Rows.timestamp(insert, i++, issue.get("updated_at"));
      Rows.timestamp(insert, i, issue.get("closed_at"));
      insert.executeUpdate();
    }
  }

  private static void replaceComments(Connection connection, String repository, int number, List<JsonNode> comments)
      throws Exception {
    try (PreparedStatement delete = connection.prepareStatement(
        "DELETE FROM issue_comments WHERE repository = ? AND issue_number = ?")) {
      delete.setString(1, repository);
      delete.setInt(2, number);
      delete.executeUpdate();
    }
    if (comments.isEmpty()) {
      return;
    }
    try (PreparedStatement insert = connection.prepareStatement("""
        INSERT INTO issue_comments (repository, issue_number, comment_id, author, author_association, body,
          created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)
        ON CONFLICT (repository, comment_id) DO UPDATE SET issue_number = excluded.issue_number,
          author = excluded.author, author_association = excluded.author_association, body = excluded.body,
          created_at = excluded.created_at, updated_at = excluded.updated_at""")) {
      for (JsonNode comment : comments) {
        insert.setString(1, repository);
        insert.setInt(2, number);
        insert.setLong(3, comment.path("id").asLong());
        Rows.text(insert, 4, comment.path("user").get("login"));
        Rows.text(insert, 5, comment.get("author_association"));
        Rows.text(insert, 6, comment.get("body"));
        Rows.timestamp(insert, 7, comment.get("created_at"));
        Rows.timestamp(insert, 8, comment.get("updated_at"));
        insert.executeUpdate();
      }
    }
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
