package io.hfmine.web.search;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.StudyFixture;
import io.hfmine.web.WebServer;
import io.hfmine.web.http.WebClient;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Searching card text goes through the Lucene index: ranked, analysed, escaped, with the other filters applied. */
class CardSearchTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @TempDir
  Path dir;

  private static void cards(Store store) {
    store.transaction(connection -> {
      try (Statement sql = connection.createStatement()) {
        sql.execute("INSERT INTO model_cards VALUES ('labs/vision', 'ok', 'Image classification with a vision "
            + "transformer. Image classification on photos; image classification benchmarks.', 90, 'v1', NULL, now()), "
            + "('acme/tiny-copy', 'ok', 'A copy of tiny for text classification. The logo is an image of a cat.', 70, "
            + "'c1', NULL, now())");
      }
      return null;
    });
  }

  @Test
  void theModelsViewFindsCardsByTheirWordsBestFirstAndKeepsItsOtherFilters() throws Exception {
    try (Store store = StudyFixture.store()) {
      cards(store);
      try (WebServer server = WebServer.start(store, StudyFixture.spec())) {
        WebClient client = new WebClient(server.url());
        // Neither a substring of a card: the words match by their stems, whatever their case.
        assertThat(ids(client, "/models?card=" + enc("Images CLASSIFICATIONS") + "&format=json"))
            .containsExactly("labs/vision", "acme/tiny-copy");
        assertThat(client.get("/models?card=" + enc("image classification")).body())
            .contains("<span id=\"row-count\">2</span>").contains("<option value=\"relevance\" selected>");
        assertThat(ids(client, "/models?card=" + enc("image classification") + "&library=transformers&format=json"))
            .containsExactly("acme/tiny-copy");
        assertThat(ids(client, "/models?card=" + enc("image classification") + "&sort=id&format=json"))
            .containsExactly("acme/tiny-copy", "labs/vision");
        assertThat(ids(client, "/models?card=" + enc("cat") + "&format=json")).containsExactly("acme/tiny-copy");
        assertThat(ids(client, "/models?card=" + enc("the of a") + "&format=json")).isEmpty();
        String hostile = client.get("/models?card=" + enc("\"><script>window.x=1</script> image")).body();
        assertThat(hostile).doesNotContain("<script>window.x").contains("&lt;script&gt;window.x=1&lt;/script&gt;")
            .contains("<span id=\"row-count\">0</span>");
        assertThat(client.get("/models?sort=relevance").statusCode()).isEqualTo(400);
      }
    }
  }

  @Test
  void theIndexIsBuiltOnceAndAgainOnlyWhenTheCardsChange() throws Exception {
    try (Store store = Store.openIn(dir)) {
      StudyFixture.fill(store);
      cards(store);
      Path folder = dir.resolve("serve-card-index");
      List<Long> builds = new ArrayList<>();
      try (CardIndex index = CardIndex.of(store, counting(builds))) {
        assertThat(index.size()).isEqualTo(3);
        assertThat(index.search("vision transformer", 10)).containsExactly("labs/vision");
      }
      assertThat(builds).containsExactly(3L);
      assertThat(Files.isDirectory(folder)).isTrue();
      try (CardIndex index = CardIndex.of(store, counting(builds))) {
        assertThat(index.search("vision transformer", 10)).containsExactly("labs/vision");
      }
      assertThat(builds).as("opened again without a rebuild").containsExactly(3L);
      store.transaction(connection -> connection.createStatement().execute("UPDATE model_cards SET text = "
          + "'A tiny model, now distilled.', sha256 = 't2', fetched_at = now() WHERE model_id = 'acme/tiny'"));
      try (CardIndex index = CardIndex.of(store, counting(builds))) {
        assertThat(index.search("distilled", 10)).containsExactly("acme/tiny");
      }
      assertThat(builds).containsExactly(3L, 3L);
    }
  }

  /** A progress that records each build's total. */
  private static Progress counting(List<Long> builds) {
    return new Progress() {
      @Override public void total(long total) {
        builds.add(total);
      }

      @Override public void step(long n) { }

      @Override public void message(String text) { }

      @Override public void close() { }
    };
  }

  private static List<String> ids(WebClient client, String path) throws Exception {
    var response = client.get(path);
    assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
    List<String> ids = new ArrayList<>();
    for (JsonNode row : JSON.readTree(response.body())) {
      ids.add(row.get("id").asText());
    }
    return ids;
  }

  private static String enc(String value) {
    return URLEncoder.encode(value, StandardCharsets.UTF_8);
  }
}
