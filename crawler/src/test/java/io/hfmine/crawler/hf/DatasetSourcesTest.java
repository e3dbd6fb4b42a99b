package io.hfmine.crawler.hf;

import static org.assertj.core.api.Assertions.assertThat;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import io.hfmine.datasets.store.StoreRows;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;
import org.junit.jupiter.api.Test;

/** Datasets come from /api/datasets (cursor pages) and /datasets/{id}/resolve/main/README.md, into their own tables. */
class DatasetSourcesTest {
  @Test
  void theDatasetListingFollowsItsCursorAndCardsLandInTheDatasetTables() throws Exception {
    try (MockWebServer server = new MockWebServer(); Store store = Store.inMemory()) {
      List<String> paths = new ArrayList<>();
      server.setDispatcher(new Dispatcher() {
        @Override
        public MockResponse dispatch(RecordedRequest request) {
          String path = request.getPath();
          paths.add(path);
          if (path.startsWith("/api/datasets") && !path.contains("cursor=2")) {
            return new MockResponse().setHeader("Link", "<" + server.url("/api/datasets?cursor=2") + ">; rel=\"next\"")
                .setBody("[{\"id\":\"lab/bugs\",\"downloads\":12,\"likes\":1,\"tags\":[\"task_categories:text-classification\","
                    + "\"arxiv:2401.00001\"],\"createdAt\":\"2023-01-02T03:04:05.000Z\",\"gated\":false}]");
          }
          if (path.startsWith("/api/datasets")) {
            return new MockResponse().setBody("[{\"id\":\"lab/empty\",\"downloads\":1,\"tags\":[]}]");
          }
          if (path.equals("/datasets/lab/bugs/resolve/main/README.md")) {
            return new MockResponse().setBody("---\nlicense: mit\ntask_categories:\n- text-classification\n---\n# Bugs\n");
          }
          return new MockResponse().setResponseCode(404);
        }
      });
      server.start();
      HfSettings settings = Config.defaults().with("hf.endpoint", server.url("/").toString()).section("hf", HfSettings.class);
      HfHubClient hub = HfHub.client(new HttpStack(new HttpSettings("t", 5, 5, 0), Archive.off(), null), settings, null,
          new FakeSleeper());
      ModelSync.Result listed = new HubListingSync(store, hub, Progress.Factory.NONE, HubListingSync.DATASETS)
          .run(new ModelQuery(null, null, List.of(), "ignored-for-datasets", "downloads", null), 10);
      assertThat(listed.storedInAll()).isEqualTo(2);
      assertThat(paths.get(0)).startsWith("/api/datasets?sort=downloads&direction=-1&limit=10&expand%5B%5D=downloads")
          .doesNotContain("pipeline_tag");
      CardFetch.Result cards = new CardFetch(store, hub, Progress.Factory.NONE, new CardFrontMatter(10_000, 10),
          1_000_000, CardFetch.DATASETS).run(new CardFetch.Spec(false, false));
      assertThat(cards.byStatus()).containsEntry("ok", 1).containsEntry("missing", 1);
      assertThat(StoreRows.rows(store, "SELECT dataset_id || ' ' || status FROM dataset_cards ORDER BY 1"))
          .containsExactly("lab/bugs ok", "lab/empty missing");
      assertThat(StoreRows.rows(store, "SELECT license || ' ' || task_categories[1] FROM dataset_card_metadata"))
          .containsExactly("mit text-classification");
      assertThat(StoreRows.rows(store, "SELECT count(*) FROM models")).containsExactly("0");
    }
  }

}
