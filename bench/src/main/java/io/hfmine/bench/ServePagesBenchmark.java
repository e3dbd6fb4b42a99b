package io.hfmine.bench;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.store.Store;
import io.hfmine.web.ServeSettings;
import io.hfmine.web.ServeSpec;
import io.hfmine.web.WebServer;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@code bench/run serve-pages [USAGES] [ISSUES]}: fills a store file with synthetic data (1 M
 * usages and 100 k issues by default, plus models, cards, hits, files, repositories, comments,
 * labels and patterns in proportion, ids skewed so a few models have most usages), starts
 * {@code hfmine serve} on it and requests every kind of page, printing p50 / p95 wall time per page
 * and the server process's CPU time per request. Target: every page within 300 ms.
 */
public final class ServePagesBenchmark {
  private static final int WARM_UP = 3;
  private static final int TIMED = 25;

  private ServePagesBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    long usages = args.length > 0 ? Long.parseLong(args[0]) : 1_000_000;
    long issues = args.length > 1 ? Long.parseLong(args[1]) : 100_000;
    // A third argument keeps the filled store in that folder and reuses it on the next run.
    boolean keep = args.length > 2;
    Path dir = keep ? Files.createDirectories(Path.of(args[2])) : Files.createTempDirectory("hfmine-serve-bench-");
    Path filled = dir.resolve("filled-" + usages + "-" + issues);
    System.out.printf(Locale.ROOT, "serve-pages: synthetic store of %,d usages and %,d issues in %s, %d cores%n",
        usages, issues, dir, Runtime.getRuntime().availableProcessors());
    long fillStart = System.nanoTime();
    try (Store store = Store.openIn(dir)) {
      if (Files.exists(filled)) {
        System.out.printf(Locale.ROOT, "  reusing the store filled before (%,d MB)%n", Files.size(store.file()) / 1_000_000);
      } else {
        fill(store, usages, issues);
        Files.writeString(filled, "");
        System.out.printf(Locale.ROOT, "  filled in %.1f s (store file %,d MB)%n", (System.nanoTime() - fillStart) / 1e9,
            Files.size(store.file()) / 1_000_000);
      }
      Config config = Config.defaults();
      IssueSettings issueSettings = IssueSettings.from(config);
      StatsSettings stats = config.section("stats", StatsSettings.class);
      UsageSettings usage = config.section("usage", UsageSettings.class);
      ServeSpec spec = new ServeSpec(ServeSettings.from(config).listeningOn("127.0.0.1", 0),
          issueSettings.loadTaxonomy(), issueSettings.annotation().bodyExcerptChars(), stats.labelSources(),
          config.section("patterns", PatternSettings.class), "benchmark", stats.alpha(), usage.nativeDirectory(),
          usage.treeSitterBinding());
      long startUp = System.nanoTime();
      try (WebServer server = WebServer.start(store, spec)) {
        System.out.printf(Locale.ROOT, "  server started in %.1f s (card index built or opened, tables counted)%n",
            (System.nanoTime() - startUp) / 1e9);
        measure(server.url(), store);
      }
    } finally {
      if (!keep) {
        deleteAll(dir);
      }
    }
  }

  private static void deleteAll(Path dir) throws java.io.IOException {
    try (var files = Files.walk(dir)) {
      files.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  private static void fill(Store store, long usages, long issues) {
    long models = Math.max(100, usages / 20);
    long repositories = Math.max(50, usages / 50);
    long files = Math.max(100, usages / 20);
    long selected = Math.max(10, issues / 300);
    store.transaction(connection -> {
      try (Statement sql = connection.createStatement()) {
        // Model k of the skewed draw: a few models hold most usages, as on GitHub.
        String skew = "CAST(floor(" + models + " * pow(((i * 7919) % 1000003) / 1000003.0, 3)) AS BIGINT)";
        sql.execute("INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, library_name, created_at, "
            + "last_modified, gated, private, sha, card_data, source, fetched_at) "
            + "SELECT 'org' || (i % 997) || '/model-' || i, 'org' || (i % 997), "
            + "(" + models + " - i) * 37, i % 500, ['transformers', 'task-' || (i % 40)], 'task-' || (i % 40), "
            + "CASE i % 5 WHEN 0 THEN 'timm' WHEN 1 THEN 'diffusers' ELSE 'transformers' END, "
            + "TIMESTAMP '2022-03-02' + to_days(CAST(i % 900 AS INTEGER)), NULL, 'false', false, NULL, NULL, 'hub', now() "
            + "FROM range(" + models + ") t(i)");
        sql.execute("INSERT INTO model_selection SELECT id, now() FROM models WHERE downloads >= 2000");
        sql.execute("INSERT INTO card_metadata (model_id, status, license, tags) SELECT id, 'ok', "
            + "CASE hash(id) % 4 WHEN 0 THEN 'mit' WHEN 1 THEN 'apache-2.0' WHEN 2 THEN 'cc-by-4.0' ELSE 'other' END, tags "
            + "FROM models");
        sql.execute("INSERT INTO model_cards SELECT id, 'ok', '# ' || id || '\n\nSynthetic card text for benchmarking: "
            + "this model classifies text. ' || repeat('Usage notes and limitations. ', 40), 1200, 'x', NULL, now() "
            + "FROM models");
        sql.execute("INSERT INTO card_duplicates SELECT id, 'org' || (i % 997) || '/model-' || (i - 1), 2, 0.995, 0.99 "
            + "FROM (SELECT id, CAST(split_part(id, '-', 2) AS BIGINT) AS i FROM models) WHERE i % 50 = 1");
        sql.execute("INSERT INTO repositories (full_name, status, language, stars, forks, commits, issues_total, "
            + "is_fork, archived, fetched_at) SELECT 'owner' || (i % 3001) || '/repo-' || i, 'ok', 'Python', i % 5000, "
            + "i % 300, i % 2000, i % 400, i % 17 = 0, false, now() FROM range(" + repositories + ") t(i)");
        sql.execute("INSERT INTO repository_selection SELECT full_name, now() FROM repositories ORDER BY stars DESC LIMIT "
            + selected);
        sql.execute("INSERT INTO files SELECT 'blob' || lpad(CAST(i AS VARCHAR), 12, '0'), 'ok', NULL, NULL, 1500, "
            + "'import torch\nfrom transformers import AutoModel\n\n\ndef load(device=\"cpu\"):\n"
            + "    model = AutoModel.from_pretrained(\"org/model-' || i || '\")\n    return model.to(device)\n' "
            + "|| repeat('# padding line of a synthetic file\n', 30), now() FROM range(" + files + ") t(i)");
        sql.execute("INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind, "
            + "model_literal, model_id, resolution, keyword_args, api_sequence, snippet, extracted_at) "
            + "SELECT lpad(CAST(i AS VARCHAR), 20, '0'), 'owner' || (r % 3001) || '/repo-' || r, 'pkg/module_' || (i % 97) "
            + "|| '.py', 'blob' || lpad(CAST(i % " + files + " AS VARCHAR), 12, '0'), 'python', 6, 13, "
            + "CASE m % 5 WHEN 0 THEN 'timm' WHEN 1 THEN 'diffusers' ELSE 'transformers' END, "
            + "CASE i % 3 WHEN 0 THEN 'transformers.AutoModel.from_pretrained' WHEN 1 THEN 'transformers.pipeline' "
            + "ELSE 'transformers.AutoTokenizer.from_pretrained' END, CASE i % 3 WHEN 1 THEN 'pipeline' ELSE 'model' END, "
            + "'org' || (m % 997) || '/model-' || m, 'org' || (m % 997) || '/model-' || m, "
            + "CASE i % 4 WHEN 0 THEN 'literal' WHEN 1 THEN 'constant' WHEN 2 THEN 'default' ELSE 'argparse' END, "
            + "CASE i % 2 WHEN 0 THEN ['torch_dtype'] ELSE ['device_map', 'revision'] END, "
            + "['transformers.AutoModel.from_pretrained', 'model.to', 'model.eval'][1:1 + (i % 3)], "
            + "'def load(device=\"cpu\"):\n    model = AutoModel.from_pretrained(\"org/model-' || (i % " + files + ") || '\")\n"
            + "    return model.to(device)', now() "
            + "FROM (SELECT i, " + skew + " AS m, (i * 31) % " + repositories + " AS r FROM range(" + usages + ") t(i))");
        sql.execute("INSERT INTO code_hits SELECT DISTINCT ON (model_id, repository, path, blob_sha) model_id, repository, "
            + "path, blob_sha, 'q', 'all', 'https://github.com/' || repository || '/blob/' || blob_sha || '/' || path, now() "
            + "FROM usages");
        sql.execute("INSERT INTO hit_verifications SELECT DISTINCT ON (model_id, blob_sha) model_id, blob_sha, "
            + "'verified', 'synthetic', now() FROM code_hits");
        sql.execute("INSERT INTO pattern_groups SELECT 'model', model_id, 'kmeans', count(*), 'clustered', NULL, 3, 0, "
            + "0.41, 3, NULL, 0.7, 0.9, 42, now() FROM usages GROUP BY model_id HAVING count(*) >= 20");
        sql.execute("INSERT INTO patterns SELECT g.group_by, g.group_key, p.n, g.usages // 3, 0.33, "
            + "(SELECT min(usage_id) FROM usages u WHERE u.model_id = g.group_key), ['transformers.AutoModel.from_pretrained', "
            + "'model.to'], ['torch_dtype'], [], NULL FROM pattern_groups g, range(1, 4) p(n)");
        sql.execute("INSERT INTO pattern_members SELECT 'model', model_id, usage_id, 1 + hash(usage_id) % 3, 0.2 "
            + "FROM usages WHERE model_id IN (SELECT group_key FROM pattern_groups)");
        sql.execute("INSERT INTO issues (repository, number, title, body, state, author, labels, comments_count, html_url, "
            + "created_at, closed_at, source) SELECT r.full_name, n, 'Synthetic issue ' || n || ' of ' || r.full_name, "
            + "'The model fails to load.\n\n```\nTraceback (most recent call last):\n  File \"app.py\", line 3\n"
            + "OSError: cannot find config.json\n```\n' || repeat('More words about the problem. ', 20), "
            + "CASE WHEN n % 7 = 0 THEN 'open' ELSE 'closed' END, 'user' || n, ['bug'], 2, NULL, "
            + "TIMESTAMP '2023-01-01' + to_days(CAST(n % 700 AS INTEGER)), "
            + "CASE WHEN n % 7 = 0 THEN NULL ELSE TIMESTAMP '2023-01-01' + to_days(CAST(n % 700 + n % 90 AS INTEGER)) END, "
            + "'github' FROM (SELECT full_name, row_number() OVER (ORDER BY full_name) AS k FROM repository_selection) r, "
            + "range(1, 1 + " + (issues / selected) + ") t(n)");
        sql.execute("INSERT INTO issue_comments SELECT repository, number, number * 10 + c, 'helper', 'MEMBER', "
            + "'Try upgrading transformers.', created_at + to_days(1), NULL FROM issues, range(2) t(c)");
        sql.execute("INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, confidence, "
            + "evidence, labelled_at) SELECT repository, number, 'ptm', CAST(hash(number) % 9 < 2 AS VARCHAR), "
            + "'rules', 0.8, 'synthetic', now() FROM issues");
        sql.execute("INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, confidence, "
            + "evidence, labelled_at) SELECT repository, number, 'theme', ['MU', 'PQ', 'SE', 'DI', 'HR', 'RC', "
            + "'FN'][CAST(1 + hash(number) % 7 AS BIGINT)], 'rules', 0.7, 'synthetic', now() FROM issues WHERE hash(number) % 9 < 2");
        sql.execute("INSERT INTO crawl_units SELECT 'issues', full_name, 'done', 1, NULL, NULL, 100, now() "
            + "FROM repository_selection");
        sql.execute("INSERT INTO annotation_samples VALUES ('bench', 'relevance', 100, 1, true, NULL, now())");
        sql.execute("INSERT INTO annotation_sample_issues SELECT 'bench', row_number() OVER (ORDER BY hash(number), "
            + "repository), repository, number FROM (SELECT * FROM issues ORDER BY hash(number), repository LIMIT 100)");
        sql.execute("INSERT INTO annotations SELECT repository, issue_number, a, position % 3 = 0, [], [], NULL, NULL, "
            + "'bench', 1, now() FROM annotation_sample_issues, (VALUES ('alice'), ('bob')) t(a) WHERE position <= 60");
      }
      return null;
    });
    store.read(connection -> connection.createStatement().execute("CHECKPOINT"));
  }

  private static void measure(String base, Store store) throws Exception {
    HttpClient http = HttpClient.newHttpClient();
    Map<String, String> pages = new LinkedHashMap<>();
    String[] mid = store.read(connection -> {
      try (var rows = connection.createStatement().executeQuery("SELECT model_id, count(*) n, min(usage_id) FROM usages "
          + "GROUP BY 1 HAVING count(*) BETWEEN 50 AND 500 ORDER BY 2 DESC LIMIT 1")) {
        rows.next();
        return new String[] {rows.getString(1), rows.getString(3)};
      }
    });
    String[] top = store.read(connection -> {
      try (var rows = connection.createStatement().executeQuery("SELECT model_id, min(usage_id) FROM usages "
          + "GROUP BY 1 ORDER BY count(*) DESC LIMIT 1")) {
        rows.next();
        return new String[] {rows.getString(1), rows.getString(2)};
      }
    });
    String issue = store.read(connection -> {
      try (var rows = connection.createStatement().executeQuery("SELECT repository FROM issues LIMIT 1")) {
        rows.next();
        return rows.getString(1);
      }
    });
    pages.put("overview", "/");
    pages.put("models", "/models");
    pages.put("models, 3 facets set", "/models?pipeline=task-3&library=transformers&license=mit");
    pages.put("models, search", "/models?q=model-4242");
    pages.put("models, card text search", "/models?card=model-4242");
    pages.put("model page (mid)", "/model?id=" + enc(mid[0]));
    pages.put("model page (top)", "/model?id=" + enc(top[0]));
    pages.put("code hits", "/hits");
    pages.put("usages", "/usages");
    pages.put("usages of top model", "/usages?model=" + enc(top[0]));
    pages.put("usages, page 40", null);
    pages.put("usage page + similar (mid)", "/usage?id=" + mid[1]);
    pages.put("usage page (top, link)", "/usage?id=" + top[1]);
    pages.put("pattern groups", "/patterns");
    pages.put("pattern page (top)", "/pattern?by=model&key=" + enc(top[0]));
    pages.put("repositories", "/repositories");
    pages.put("issues", "/issues");
    pages.put("issues, PTM-related", "/issues?ptm=yes");
    pages.put("issues of a project", "/issues?repository=" + enc(issue));
    pages.put("issue page", "/issue?repo=" + enc(issue) + "&number=7");
    pages.put("annotate", "/annotate");
    pages.put("workspace (100 issues)", "/annotate/sample?sample=bench&annotator=alice&at=61");
    pages.put("report (cached)", "/report");
    // The 40th page of usages: its address holds the cursor the 39th page links to.
    String deep = "/usages";
    Pattern next = Pattern.compile("<a rel=\"next\" href=\"([^\"]+)\"");
    for (int i = 0; i < 39; i++) {
      Matcher matcher = next.matcher(get(http, base, deep).body());
      matcher.find();
      deep = matcher.group(1).replace("&amp;", "&");
    }
    pages.put("usages, page 40", deep);
    long reportStart = System.nanoTime();
    get(http, base, "/report");
    System.out.printf(Locale.ROOT, "  report, first build: %,.0f ms (built once, then served from memory)%n",
        (System.nanoTime() - reportStart) / 1e6);
    var os = (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    System.out.printf(Locale.ROOT, "%n  %-30s %8s %8s %8s %10s%n", "page", "p50 ms", "p95 ms", "max ms", "CPU ms/req");
    List<String> over = new ArrayList<>();
    for (Map.Entry<String, String> page : pages.entrySet()) {
      for (int i = 0; i < WARM_UP; i++) {
        check(get(http, base, page.getValue()), page.getKey());
      }
      double[] times = new double[TIMED];
      long cpuBefore = os.getProcessCpuTime();
      for (int i = 0; i < TIMED; i++) {
        long start = System.nanoTime();
        check(get(http, base, page.getValue()), page.getKey());
        times[i] = (System.nanoTime() - start) / 1e6;
      }
      double cpu = (os.getProcessCpuTime() - cpuBefore) / 1e6 / TIMED;
      Arrays.sort(times);
      double p95 = times[(int) Math.ceil(0.95 * TIMED) - 1];
      System.out.printf(Locale.ROOT, "  %-30s %8.0f %8.0f %8.0f %10.0f%n", page.getKey(), times[TIMED / 2], p95,
          times[TIMED - 1], cpu);
      if (p95 > 300) {
        over.add(page.getKey());
      }
    }
    System.out.printf(Locale.ROOT, "%ntarget: every page p95 <= 300 ms; over it: %s%n", over.isEmpty() ? "none" : over);
    System.out.println("(wall time per request from this process's HTTP client, sequential; CPU ms/req: the whole "
        + "process's CPU time over the timed requests, client included)");
  }

  private static String enc(String value) {
    return java.net.URLEncoder.encode(value, java.nio.charset.StandardCharsets.UTF_8);
  }

  private static HttpResponse<String> get(HttpClient http, String base, String path) throws Exception {
    return http.send(HttpRequest.newBuilder(URI.create(base.replaceAll("/$", "") + path)).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static void check(HttpResponse<String> response, String page) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException(page + " answered " + response.statusCode() + ": "
          + response.body().substring(0, Math.min(400, response.body().length())));
    }
  }
}
