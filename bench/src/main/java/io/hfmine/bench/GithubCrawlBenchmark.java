package io.hfmine.bench;

import io.hfmine.bench.github.GithubCrawlWorker;
import io.hfmine.bench.github.ScaledClock;
import io.hfmine.crawler.github.fake.FakeGithub;
import io.hfmine.datasets.store.Store;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.Set;
import okhttp3.mockwebserver.MockWebServer;

/**
 * Crawls code search for 2,000 models against a fake GitHub whose limits run on scaled time
 * (default: one simulated minute per real second), killing the crawler process with SIGKILL five
 * times at random moments and restarting it. Prints requests per model against the minimum,
 * the share of the code-search budget used, the 403/429 answers provoked, and hits lost or
 * duplicated compared with the fake's ground truth.
 *
 * <p>Arguments (all optional): models (2000), tokens (1), kills (5), time factor (60), seed (7).
 */
public final class GithubCrawlBenchmark {
  private static final int CAP = 1000;
  private static final int PER_PAGE = 100;

  private GithubCrawlBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int models = args.length > 0 ? Integer.parseInt(args[0]) : 2000;
    int tokenCount = args.length > 1 ? Integer.parseInt(args[1]) : 1;
    int kills = args.length > 2 ? Integer.parseInt(args[2]) : 5;
    double factor = args.length > 3 ? Double.parseDouble(args[3]) : 60;
    long seed = args.length > 4 ? Long.parseLong(args[4]) : 7;

    Instant simulatedStart = Instant.parse("2026-01-05T10:00:00Z");
    long realStart = System.currentTimeMillis();
    ScaledClock clock = new ScaledClock(simulatedStart, realStart, factor);
    FakeGithub github = new FakeGithub(clock);
    Random random = new Random(seed);
    List<String> ids = new ArrayList<>();
    long minimumRequests = 0;
    long expectedHits = 0;
    for (int m = 0; m < models; m++) {
      String id = "org" + (m % 97) + "/model-" + m;
      ids.add(id);
      int hits = hitsFor(random);
      for (int h = 0; h < hits; h++) {
        // Sizes skewed towards small files, as on GitHub: a log-uniform spread over 100 B .. 300 KB.
        long size = (long) Math.exp(Math.log(100) + random.nextDouble() * (Math.log(300_000) - Math.log(100)));
        github.indexed("user" + random.nextInt(50_000) + "/repo" + h % 7, "src/f" + h + ".py", size, id);
      }
      expectedHits += github.filesMentioning(id).size();
      long pages = Math.max(1, Math.ceilDiv(hits, PER_PAGE));
      minimumRequests += hits > CAP ? pages + 1 : pages;
    }
    List<String> tokens = new ArrayList<>();
    for (int t = 0; t < tokenCount; t++) {
      tokens.add("bench-token-" + t + "-" + Long.toHexString(random.nextLong()));
    }

    Path dir = Files.createTempDirectory("hfmine-github-bench");
    Path modelsFile = dir.resolve("models.txt");
    Files.write(modelsFile, ids);
    Path storeFile = dir.resolve("bench.duckdb");
    try (MockWebServer server = new MockWebServer()) {
      server.setDispatcher(github);
      server.start();
      // Kills land at random points of the crawl, counted in requests served so each one is mid-crawl.
      List<Long> killAt = new ArrayList<>();
      for (int k = 0; k < kills; k++) {
        killAt.add((long) (minimumRequests * (0.05 + 0.85 * random.nextDouble())));
      }
      killAt.sort(Long::compare);
      List<Instant> workerStarts = new ArrayList<>();
      System.out.printf(Locale.ROOT, "GitHub crawl benchmark: %,d models, %,d hits in the fake index, %d token(s), "
          + "time x%.0f, %d kills%n", models, expectedHits, tokenCount, factor, kills);

      long runStart = System.nanoTime();
      int started = 0;
      int killed = 0;
      while (true) {
        Process worker = startWorker(server.url("/").toString(), storeFile, modelsFile, simulatedStart, realStart,
            factor, tokens, dir.resolve("worker-" + started + ".log"));
        started++;
        workerStarts.add(clock.now());
        boolean finished = false;
        while (!finished) {
          double elapsed = (System.nanoTime() - runStart) / 1e9;
          if (killed < killAt.size() && github.served() >= killAt.get(killed)) {
            worker.destroyForcibly().waitFor();
            killed++;
            System.out.printf(Locale.ROOT, "  killed the crawler (SIGKILL) at %.1f s, after %,d requests served%n",
                elapsed, github.served());
            break;
          }
          finished = worker.waitFor(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        if (finished) {
          if (worker.exitValue() != 0) {
            throw new IllegalStateException("crawler exited with " + worker.exitValue() + "; see " + dir);
          }
          break;
        }
      }
      Instant simulatedEnd = clock.now();
      double realSeconds = (System.nanoTime() - runStart) / 1e9;

      long codeSearchRequests = github.log().stream().filter(line -> line.target().startsWith("/search/code")).count();
      double simulatedMinutes = Duration.between(simulatedStart, simulatedEnd).toMillis() / 60_000.0;
      double budget = 10.0 * tokenCount * simulatedMinutes;
      // JVM and store start-up of each restarted process is time no crawler could spend.
      List<FakeGithub.RecordedLine> log = github.log();
      double startupMinutes = 0;
      for (Instant start : workerStarts) {
        Instant first = log.stream().map(FakeGithub.RecordedLine::at).filter(at -> !at.isBefore(start))
            .findFirst().orElse(simulatedEnd);
        startupMinutes += Duration.between(start, first).toMillis() / 60_000.0;
      }
      double activeBudget = 10.0 * tokenCount * (simulatedMinutes - startupMinutes);
      long[] stored = storedHits(storeFile);
      Set<String> truth = new HashSet<>();
      for (String id : ids) {
        github.filesMentioning(id).forEach(file -> truth.add(id + "|" + file.repository() + "|" + file.path() + "|" + file.sha()));
      }
      Set<String> found = hitKeys(storeFile);
      long lost = truth.stream().filter(key -> !found.contains(key)).count();

      System.out.printf(Locale.ROOT, "crawler processes started:  %d (%d killed)%n", started, killed);
      System.out.printf(Locale.ROOT, "real time:                  %.1f s (%.0f simulated minutes)%n", realSeconds, simulatedMinutes);
      System.out.printf(Locale.ROOT, "code-search requests:       %,d, minimum needed %,d -> %.3f per model (minimum %.3f), overhead %.1f%%%n",
          codeSearchRequests, minimumRequests, codeSearchRequests / (double) models, minimumRequests / (double) models,
          100.0 * (codeSearchRequests - minimumRequests) / minimumRequests);
      System.out.printf(Locale.ROOT, "budget used:                %.1f%% of %,.0f code-search requests allowed in the run (target >= 90%%)%n",
          100.0 * codeSearchRequests / budget, budget);
      System.out.printf(Locale.ROOT, "budget used while crawling:  %.1f%% (%.0f simulated minutes of process start-up excluded)%n",
          100.0 * codeSearchRequests / activeBudget, startupMinutes);
      System.out.printf(Locale.ROOT, "403/429 provoked:           %d (target 0 with honest headers)%n", github.rateLimitedAnswers());
      System.out.printf(Locale.ROOT, "hits stored:                %,d of %,d expected; lost %d, duplicated %d (target 0 and 0)%n",
          stored[0], truth.size(), lost, stored[0] - stored[1]);
    }
  }

  /** Hits per model: most models are rarely mentioned, a few are everywhere (over the 1,000 cap). */
  private static int hitsFor(Random random) {
    double p = random.nextDouble();
    if (p < 0.55) {
      return random.nextInt(5);
    }
    if (p < 0.90) {
      return 5 + random.nextInt(95);
    }
    if (p < 0.98) {
      return 100 + random.nextInt(600);
    }
    return 1001 + random.nextInt(2500);
  }

  private static Process startWorker(String endpoint, Path store, Path models, Instant simulatedStart, long realStart,
      double factor, List<String> tokens, Path log) throws Exception {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> command = new ArrayList<>(List.of(java, "--enable-native-access=ALL-UNNAMED", "-Xmx512m",
        "-cp", System.getProperty("java.class.path"), GithubCrawlWorker.class.getName(),
        endpoint, store.toString(), models.toString(), simulatedStart.toString(), String.valueOf(realStart),
        String.valueOf(factor), String.join(",", tokens)));
    return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
  }

  private static long[] storedHits(Path storeFile) throws Exception {
    try (Store store = Store.open(storeFile)) {
      return store.read(connection -> {
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "SELECT count(*), count(DISTINCT (model_id, repository, path, blob_sha)) FROM code_hits")) {
          rows.next();
          return new long[] {rows.getLong(1), rows.getLong(2)};
        }
      });
    }
  }

  private static Set<String> hitKeys(Path storeFile) {
    try (Store store = Store.open(storeFile)) {
      return store.read(connection -> {
        Set<String> keys = new HashSet<>();
        try (Statement statement = connection.createStatement();
             ResultSet rows = statement.executeQuery(
                 "SELECT model_id || '|' || repository || '|' || path || '|' || blob_sha FROM code_hits")) {
          while (rows.next()) {
            keys.add(rows.getString(1));
          }
        }
        return keys;
      });
    }
  }

}
