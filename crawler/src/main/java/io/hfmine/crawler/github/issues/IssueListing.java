package io.hfmine.crawler.github.issues;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.GithubApi;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * Walks a repository's issues (and pull requests, which the listing mixes in) in update order
 * from a checkpoint, so that none is skipped while the repository changes under the walk.
 *
 * <p>Following GitHub's page numbers is not safe: when an issue on an earlier page is updated
 * mid-walk it moves to the end, every later issue moves up one place, and the one at the next page
 * boundary is never seen. So each page is asked for by a stable key instead: {@code since} the
 * newest {@code updated_at} seen so far (sorted by update, ascending), always page 1. An issue
 * updated mid-walk only moves forward, where a later page finds it. {@code since} goes back one
 * second, because GitHub's timestamps have whole seconds and it does not document whether the
 * boundary second is included; the issues seen twice are simply stored again.
 *
 * <p>A full page inside that one second makes no progress by time; that second (a bulk edit) is
 * then read by the {@code next} links, and afterwards read again backwards: while the second's
 * issues can only leave it, those not yet read can only move to earlier pages, which a backward
 * pass meets. Only then does the checkpoint move past it.
 */
final class IssueListing {
  private final GithubApi api;
  private final String repository;
  private final int perPage;

  /** Receives each page's items and the checkpoint that is safe once they are stored. */
  interface Sink {
    void page(List<JsonNode> items, Instant checkpoint, boolean last) throws IOException;
  }

  /** The first page could not be listed: GitHub's answer, for the caller to judge. */
  static final class NotListed extends Exception {
    private final ApiResponse response;

    NotListed(ApiResponse response) {
      super("GitHub answered " + response.status() + " for " + response.url());
      this.response = response;
    }

    ApiResponse response() {
      return response;
    }
  }

  IssueListing(GithubApi api, String repository, int perPage) {
    this.api = api;
    this.repository = repository;
    this.perPage = perPage;
  }

  /** Walks from {@code checkpoint} (null: from the start) to the newest issue. */
  void walk(Instant checkpoint, Sink sink) throws IOException, NotListed {
    Instant cursor = checkpoint;
    boolean firstRequest = true;
    while (true) {
      HttpUrl url = firstPage(cursor);
      ApiResponse response = api.get(url);
      if (!response.ok()) {
        if (firstRequest) {
          throw new NotListed(response);
        }
        throw GithubApi.error(response);
      }
      firstRequest = false;
      Page page = new Page(response);
      Instant newest = later(cursor, page.newest());
      if (page.next() == null) {
        sink.page(page.items(), newest, true);
        return;
      }
      if (cursor == null || newest.isAfter(cursor)) {
        sink.page(page.items(), newest, false);
        cursor = newest;
        continue;
      }
      cursor = walkOneSecond(url, page, cursor, sink);
      if (cursor == null) {
        return;
      }
    }
  }

  /** Reads a second holding more than a page; returns the new cursor, or null when the listing ended. */
  private Instant walkOneSecond(HttpUrl first, Page firstPage, Instant cursor, Sink sink) throws IOException {
    List<HttpUrl> read = new ArrayList<>(List.of(first));
    sink.page(firstPage.items(), cursor, false);
    Page current = firstPage;
    while (true) {
      HttpUrl next = HttpUrl.parse(current.next());
      if (next == null) {
        throw new IOException("GitHub sent a next link that is not a URL after " + read.getLast());
      }
      current = new Page(api.getOk(next));
      read.add(next);
      if ((current.newest() != null && current.newest().isAfter(cursor)) || current.next() == null) {
        break;
      }
      sink.page(current.items(), cursor, false);
    }
    for (int i = read.size() - 2; i >= 0; i--) {
      sink.page(new Page(api.getOk(read.get(i))).items(), cursor, false);
    }
    Instant newest = later(cursor, current.newest());
    boolean last = current.next() == null;
    sink.page(current.items(), newest, last);
    return last ? null : newest;
  }

  private HttpUrl firstPage(Instant cursor) {
    Map<String, String> query = new LinkedHashMap<>();
    query.put("state", "all");
    query.put("sort", "updated");
    query.put("direction", "asc");
    query.put("per_page", String.valueOf(perPage));
    if (cursor != null) {
      query.put("since", cursor.minusSeconds(1).toString());
    }
    return api.url("repos/" + repository + "/issues", query);
  }

  private static Instant later(Instant a, Instant b) {
    if (a == null) {
      return b;
    }
    return b == null || !b.isAfter(a) ? a : b;
  }

  /** One listing page: its items, the newest update among them, and the next link. */
  private record Page(List<JsonNode> items, Instant newest, String next) {
    Page(ApiResponse response) throws IOException {
      this(items(response), newest(response), response.links().get("next").orElse(null));
    }

    private static List<JsonNode> items(ApiResponse response) throws IOException {
      List<JsonNode> items = new ArrayList<>();
      response.array().forEach(items::add);
      return items;
    }

    private static Instant newest(ApiResponse response) throws IOException {
      Instant newest = null;
      for (JsonNode item : response.array()) {
        String updated = item.path("updated_at").asText(null);
        if (updated == null) {
          throw new IOException("an issue without updated_at in " + response.url());
        }
        Instant at;
        try {
          at = Instant.parse(updated);
        } catch (java.time.format.DateTimeParseException e) {
          throw new IOException("updated_at '" + updated + "' is not a time, in " + response.url(), e);
        }
        newest = later(newest, at);
      }
      return newest;
    }
  }
}
