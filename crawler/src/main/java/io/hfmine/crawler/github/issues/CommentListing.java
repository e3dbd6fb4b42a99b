package io.hfmine.crawler.github.issues;

import com.fasterxml.jackson.databind.JsonNode;
import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.GithubApi;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import okhttp3.HttpUrl;

/**
 * The comments of one issue. A thread of several pages is read from the last page back to the
 * first (the first page, read to learn how many there are, is read once more at the end):
 * comments are only added at the end, and a deleted one moves those after it to earlier places,
 * so walking backwards meets every comment that stayed, where walking forwards would step over
 * the one that moved across a page boundary. Unchanged pages cost a free 304.
 */
final class CommentListing {
  private final GithubApi api;
  private final int perPage;

  CommentListing(GithubApi api, int perPage) {
    this.api = api;
    this.perPage = perPage;
  }

  List<JsonNode> comments(String repository, int number) throws IOException {
    HttpUrl first = api.url("repos/" + repository + "/issues/" + number + "/comments",
        Map.of("per_page", String.valueOf(perPage)));
    Map<Long, JsonNode> byId = new LinkedHashMap<>();
    ApiResponse page = api.getOk(first);
    add(page, byId);
    HttpUrl last = page.links().get("last").map(HttpUrl::parse).orElse(null);
    Long lastNumber = page.links().lastPage().orElse(null);
    if (last != null && lastNumber != null) {
      for (long p = lastNumber; p >= 2; p--) {
        add(api.getOk(last.newBuilder().setQueryParameter("page", String.valueOf(p)).build()), byId);
      }
      // Page 1 again, last: what moved onto it while the others were read is there now.
      add(api.getOk(first), byId);
      return new ArrayList<>(byId.values());
    }
    // Links without page numbers (a cursor): forwards is the only way.
    HttpUrl next = page.links().get("next").map(HttpUrl::parse).orElse(null);
    while (next != null) {
      page = api.getOk(next);
      add(page, byId);
      next = page.links().get("next").map(HttpUrl::parse).orElse(null);
    }
    return new ArrayList<>(byId.values());
  }

  private static void add(ApiResponse page, Map<Long, JsonNode> byId) throws IOException {
    for (JsonNode comment : page.array()) {
      byId.put(comment.path("id").asLong(), comment);
    }
  }
}
