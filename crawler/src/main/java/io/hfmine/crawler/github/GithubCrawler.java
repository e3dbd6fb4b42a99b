package io.hfmine.crawler.github;

import io.hfmine.crawler.github.code.BlobFetch;
import io.hfmine.crawler.github.code.CodeSearch;
import io.hfmine.crawler.github.code.CodeSearchSpec;
import io.hfmine.crawler.github.issues.IssueSync;
import io.hfmine.crawler.github.issues.IssueSyncSpec;
import io.hfmine.crawler.github.rate.WallClock;
import io.hfmine.crawler.github.repos.RepositorySync;
import io.hfmine.crawler.github.repos.RepositorySyncSpec;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.util.List;

/** The GitHub stages behind {@code hfmine code|repos|issues}: one connection, one store. */
public final class GithubCrawler {
  private final GithubConnection connection;
  private final Store store;
  private final GithubSettings settings;

  public GithubCrawler(GithubConnection connection, Store store, GithubSettings settings) {
    this.connection = connection;
    this.store = store;
    this.settings = settings;
  }

  /**
   * Connects with the configuration's {@code github} section. Live runs probe the rate limits
   * first; replays answer from the archive, so they never wait and never probe.
   */
  public static GithubCrawler open(HttpStack http, List<String> tokens, Config config, Store store, boolean replaying) {
    GithubSettings settings = config.section("github", GithubSettings.class);
    WallClock clock = replaying ? WallClock.neverSleeping() : WallClock.system();
    GithubConnection connection = GithubConnection.open(http, tokens, settings, clock);
    if (!replaying) {
      connection.probeRateLimits();
    }
    return new GithubCrawler(connection, store, settings);
  }

  public CrawlReport searchCode(CodeSearchSpec spec, Progress progress) {
    return new CodeSearch(connection.api(), store, settings.codeSearch()).run(spec, progress);
  }

  public CrawlReport fetchBlobs(Progress progress) {
    return new BlobFetch(connection.api(), store, settings.fetch().maxFileBytes()).run(progress);
  }

  public CrawlReport syncRepositories(RepositorySyncSpec spec, Progress progress) {
    return new RepositorySync(connection.api(), store).run(spec, progress);
  }

  public CrawlReport syncIssues(IssueSyncSpec spec, Progress progress) {
    return new IssueSync(connection.api(), store, settings.issues().perPage()).run(spec, progress);
  }

  public GithubMetrics metrics() {
    return connection.metrics();
  }
}
