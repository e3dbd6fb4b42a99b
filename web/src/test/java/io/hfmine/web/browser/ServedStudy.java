package io.hfmine.web.browser;

import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.WebServer;
import java.nio.file.Path;

/**
 * A study's store served to a real browser, for the browser tests: opened once per test class and
 * closed in the one order that lets each part finish its work (the browser, then the server, then
 * the store it reads).
 */
public record ServedStudy(Store store, WebServer server, Browser browser) implements AutoCloseable {
  /** Serves {@code store} (which the study then owns) and opens a browser saving downloads to {@code downloads}. */
  public static ServedStudy open(Store store, ServeSpec spec, Path downloads) {
    WebServer server = WebServer.start(store, spec);
    return new ServedStudy(store, server, Browser.open(downloads));
  }

  @Override
  public void close() {
    if (browser != null) {
      browser.close();
    }
    server.close();
    store.close();
  }
}
