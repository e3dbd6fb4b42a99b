package io.hfmine.bench.github;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubConnection;
import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.crawler.github.code.CodeSearch;
import io.hfmine.crawler.github.code.CodeSearchSpec;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/**
 * One crawler process of {@link io.hfmine.bench.GithubCrawlBenchmark}: code search for the models
 * of a file into a store, on the benchmark's scaled clock. The benchmark kills it with SIGKILL.
 *
 * <p>Arguments: endpoint, store file, models file, simulated start (ISO), real start (epoch ms),
 * time factor, comma-separated tokens.
 */
public final class GithubCrawlWorker {
  private GithubCrawlWorker() {
  }

  public static void main(String[] args) throws Exception {
    String endpoint = args[0];
    Path storeFile = Path.of(args[1]);
    List<String> models = Files.readAllLines(Path.of(args[2]));
    ScaledClock clock = new ScaledClock(Instant.parse(args[3]), Long.parseLong(args[4]), Double.parseDouble(args[5]));
    List<String> tokens = Arrays.asList(args[6].split(","));
    Config config = Config.defaults().with("github.endpoint", endpoint);
    GithubSettings settings = config.section("github", GithubSettings.class);
    HttpStack http = new HttpStack(new HttpSettings("hfmine-bench", 5, 30, 0), Archive.off(), null);
    try (Store store = Store.open(storeFile)) {
      GithubConnection connection = GithubConnection.open(http, tokens, settings, clock);
      connection.probeRateLimits();
      CrawlReport report = new CodeSearch(connection.api(), store, settings.codeSearch())
          .run(new CodeSearchSpec(models, List.of()), Progress.NONE);
      System.out.println("worker finished: " + report);
    } finally {
      http.close();
    }
  }
}
