package io.hfmine.devtools.sample;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Serves the GitHub sample as a fake GitHub API on localhost until killed, so the real clients can
 * be pointed at it (API base URL = the printed address) and recorded into a replay archive.
 *
 * <p>Run: {@code sample/source/github/serve [--port N] [--keep-urls]}; API URLs inside answers name
 * this server unless {@code --keep-urls} keeps them as {@code https://api.github.com}.
 */
public final class GitHubSampleServer {
  private GitHubSampleServer() {
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    Path sample = Paths.get("sample/source/github");
    int port = 0;
    boolean pointUrlsHere = true;
    for (int i = 0; i < args.length; i++) {
      switch (args[i]) {
        case "--port" -> port = Integer.parseInt(args[++i]);
        case "--keep-urls" -> pointUrlsHere = false;
        case "--sample" -> sample = Paths.get(args[++i]);
        default -> {
          System.err.println("usage: GitHubSampleServer [--port N] [--sample DIR] [--keep-urls]  (unknown: " + args[i] + ")");
          System.exit(2);
        }
      }
    }
    if (!Files.isDirectory(sample.resolve("repos"))) {
      System.err.println("GitHubSampleServer: " + sample.resolve("repos") + " does not exist (run from the project root or pass --sample)");
      System.exit(2);
    }
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(new GitHubSampleDispatcher(sample, pointUrlsHere));
      server.start(port);
      System.out.println(server.url("/").toString());
      System.err.println("serving the GitHub sample from " + sample + "; stop with Ctrl-C");
      Thread.currentThread().join();
    }
  }
}
