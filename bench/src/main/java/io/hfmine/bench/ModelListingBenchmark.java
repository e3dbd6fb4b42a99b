package io.hfmine.bench;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.hf.HfHub;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.hf.ModelPage;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.crawler.hf.ModelSync;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.hf.HfSettings;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import okhttp3.HttpUrl;
import okhttp3.mockwebserver.Dispatcher;
import okhttp3.mockwebserver.MockResponse;
import okhttp3.mockwebserver.MockWebServer;
import okhttp3.mockwebserver.RecordedRequest;

/**
 * Model listing throughput: {@code models sync} against a local fake Hub (cursor pages of 1,000
 * models, rate-limit headers far from exhausted) into a DuckDB file, then the two halves apart:
 * fetching and parsing pages without storing, and storing parsed pages without HTTP. Shows
 * whether the store is the bottleneck of a listing.
 *
 * <p>Arguments: {@code [models]}, default 100000.
 */
public final class ModelListingBenchmark {
  private static final int PAGE = 1_000;

  private ModelListingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    List<String> pages = pages(total);
    Path dir = Files.createTempDirectory("hfmine-listing-bench");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new ListingDispatcher(pages));
      server.start();
      String endpoint = server.url("/").toString().replaceAll("/$", "");
      HfSettings settings = Config.defaults().with("hf.endpoint", endpoint).section("hf", HfSettings.class);
      HttpStack http = new HttpStack(new HttpSettings("bench", 10, 60, 0), Archive.off(), null);
      HfHubClient hub = HfHub.client(http, settings, null, Sleeper.NONE);
      ModelQuery query = new ModelQuery(null, null, List.of(), null, "downloads", null);

      long started = System.nanoTime();
      ModelSync.Result result;
      try (Store store = Store.open(dir.resolve("sync.duckdb"))) {
        result = new ModelSync(store, hub, Progress.Factory.NONE).run(query, PAGE);
      }
      double syncSeconds = (System.nanoTime() - started) / 1e9;

      started = System.nanoTime();
      List<List<ModelRecord>> parsed = new ArrayList<>();
      HttpUrl url = hub.firstPage(query, PAGE);
      while (url != null) {
        ModelPage page = hub.page(url);
        parsed.add(page.models());
        url = page.next();
      }
      double fetchSeconds = (System.nanoTime() - started) / 1e9;

      started = System.nanoTime();
      try (Store store = Store.open(dir.resolve("store-only.duckdb"))) {
        for (List<ModelRecord> page : parsed) {
          store.transaction(connection -> ModelCatalog.upsert(connection, page, "hub", Instant.now()));
        }
      }
      double storeSeconds = (System.nanoTime() - started) / 1e9;
      http.close();

      System.out.printf("ModelListingBenchmark: %,d models in %,d pages of %,d, %d processor(s)%n",
          total, pages.size(), PAGE, Runtime.getRuntime().availableProcessors());
      System.out.printf("  models sync (fetch + parse + store)  %,8.0f models/s  (%.1f s, %,d stored)%n",
          result.stored() / syncSeconds, syncSeconds, result.stored());
      System.out.printf("  fetch + parse only                   %,8.0f models/s  (%.1f s)%n",
          total / fetchSeconds, fetchSeconds);
      System.out.printf("  store only (upsert, page per commit) %,8.0f models/s  (%.1f s)%n",
          total / storeSeconds, storeSeconds);
      System.out.printf("  the Hub serves 1,000 models per request and 500 requests per 5 minutes: "
          + "at most %,d models/s%n", 1_000 * 500 / 300);
    } finally {
      DirectoryTree.delete(dir);
    }
  }

  // Pages of realistic listing JSON, made once so the server only copies bytes.
  private static List<String> pages(int total) {
    List<String> pages = new ArrayList<>();
    String[] pipelines = {"text-classification", "fill-mask", "text-generation", "sentence-similarity"};
    String[] libraries = {"transformers", "sentence-transformers", "diffusers", "timm", "peft"};
    for (int start = 0; start < total; start += PAGE) {
      StringBuilder page = new StringBuilder("[");
      for (int i = start; i < Math.min(total, start + PAGE); i++) {
        if (i > start) {
          page.append(',');
        }
        page.append("""
            {"_id":"%024x","id":"org-%d/model-%d","likes":%d,"downloads":%d,"tags":["%s","pytorch","safetensors",\
            "%s","en","license:apache-2.0"],"pipeline_tag":"%s","library_name":"%s",\
            "createdAt":"2023-%02d-%02dT12:00:00.000Z","lastModified":"2024-%02d-%02dT08:30:00.000Z",\
            "cardData":{"license":"apache-2.0","language":["en"],"tags":["generated_from_trainer"]},\
            "gated":false,"sha":"%040x"}"""
            .formatted(i, i % 997, i, i % 500, 10_000_000 - i, libraries[i % 5], pipelines[i % 4], pipelines[i % 4],
                libraries[i % 5], 1 + i % 12, 1 + i % 28, 1 + i % 12, 1 + i % 28, (long) i * 31));
      }
      pages.add(page.append(']').toString());
    }
    return pages;
  }

  /** Serves the pages with a base64 cursor in the Link header, like the Hub. */
  private static final class ListingDispatcher extends Dispatcher {
    private final List<String> pages;

    ListingDispatcher(List<String> pages) {
      this.pages = pages;
    }

    @Override
    public MockResponse dispatch(RecordedRequest request) {
      HttpUrl url = request.getRequestUrl();
      String cursor = url.queryParameter("cursor");
      int page = cursor == null ? 0
          : Integer.parseInt(new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8));
      MockResponse response = new MockResponse()
          .setHeader("Content-Type", "application/json; charset=utf-8")
          .setHeader("RateLimit", "\"api\";r=499;t=299")
          .setHeader("RateLimit-Policy", "\"fixed window\";\"api\";q=500;w=300")
          .setBody(pages.get(page));
      if (page + 1 < pages.size()) {
        String next = Base64.getUrlEncoder().withoutPadding()
            .encodeToString(Integer.toString(page + 1).getBytes(StandardCharsets.UTF_8));
        response.setHeader("Link", "<" + url.newBuilder().setQueryParameter("cursor", next).build() + ">; rel=\"next\"");
      }
      return response;
    }
  }
}
