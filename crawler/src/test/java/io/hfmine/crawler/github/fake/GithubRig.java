package io.hfmine.crawler.github.fake;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.github.GithubConnection;
import io.hfmine.crawler.github.GithubSettings;
import io.hfmine.crawler.github.rate.SimulatedClock;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import okhttp3.mockwebserver.MockWebServer;

/** A fake GitHub on a local port, a simulated clock, an in-memory store and a connection to them. */
public final class GithubRig implements AutoCloseable {
  public static final Instant START = Instant.parse("2026-01-05T10:00:00Z");

  public final SimulatedClock clock = new SimulatedClock(START);
  public final FakeGithub github = new FakeGithub(clock);
  public final MockWebServer server = new MockWebServer();
  public final Store store;
  public final GithubSettings settings;
  private final HttpStack http;
  private final List<String> tokens;
  private GithubConnection connection;

  public GithubRig(List<String> tokens) throws IOException {
    this(tokens, Store.inMemory(), Archive.off());
  }

  public GithubRig(List<String> tokens, Store store, Archive archive) throws IOException {
    this.tokens = tokens;
    this.store = store;
    server.setDispatcher(github);
    server.start();
    Config config = Config.defaults().with("github.endpoint", server.url("/").toString());
    settings = config.section("github", GithubSettings.class);
    http = new HttpStack(new HttpSettings("hfmine-test", 2, 1, 0), archive, null);
  }

  /** The connection, opened on first use. */
  public GithubConnection connection() {
    if (connection == null) {
      connection = GithubConnection.open(http, tokens, settings, clock);
    }
    return connection;
  }

  @Override
  public void close() throws IOException {
    http.close();
    server.shutdown();
    store.close();
  }
}
