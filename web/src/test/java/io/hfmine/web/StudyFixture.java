package io.hfmine.web;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.store.Store;
import java.sql.Connection;
import java.sql.Statement;

/**
 * A small study written for the web tests: models, a code hit, a usage with its file, two
 * repositories, issues with labels (one with a hostile body) and comments. Every text is made up
 * here; nothing is copied from GitHub or the Hub.
 */
public final class StudyFixture {
  /** Body of the hostile issue: a script, an event handler, javascript: and data: links, an image. */
  public static final String HOSTILE_BODY = """
      Loading fails <script>window.__hfmineOwned = 1; document.title = 'owned';</script>

      <img src=x onerror="window.__hfmineOwned = 2">

      [click me](javascript:window.__hfmineOwned=3) and [data](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)
      and [entity](&#106;avascript:window.__hfmineOwned=4) and <a href="javascript:window.__hfmineOwned=5">raw</a>

      ![screenshot](javascript:window.__hfmineOwned=6)

      ```python
      model = AutoModel.from_pretrained("acme/tiny")
      ```
      """;

  /** The usage's file: the snippet is its function, the call on line 5. */
  public static final String FILE = """
      import torch
      from transformers import AutoModel

      def load(device="cpu"):
          model = AutoModel.from_pretrained("acme/tiny")  # the # is a comment
          return model.to(device)
      """;

  private StudyFixture() {
  }

  /** An in-memory store holding the fixture. */
  public static Store store() {
    Store store = Store.inMemory();
    fill(store);
    return store;
  }

  public static void fill(Store store) {
    store.transaction(connection -> {
      run(connection, """
          INSERT INTO models (id, author, downloads, likes, tags, pipeline_tag, library_name, source, fetched_at) VALUES
            ('acme/tiny', 'acme', 5000, 3, ['transformers', 'text-classification'], 'text-classification',
             'transformers', 'hub', now()),
            ('acme/tiny-copy', 'acme', 10, 0, ['transformers'], 'text-classification', 'transformers', 'hub', now()),
            ('labs/vision', 'labs', 90000, 40, ['timm'], 'image-classification', 'timm', 'hub', now())""");
      run(connection, "INSERT INTO model_selection VALUES ('acme/tiny', now()), ('labs/vision', now())");
      run(connection, """
          INSERT INTO card_duplicates VALUES ('acme/tiny', 'acme/tiny', 2, 1.0, 0.99),
            ('acme/tiny-copy', 'acme/tiny', 2, 0.995, 0.99)""");
      run(connection, """
          INSERT INTO model_cards VALUES ('acme/tiny', 'ok', '# Tiny\\n\\nA <b>tiny</b> model. [home](javascript:x)',
            40, 'x', NULL, now())""");
      run(connection, """
          INSERT INTO code_hits VALUES ('acme/tiny', 'dev/app', 'app/model.py', 'aaaa1111', 'q', 'all',
            'https://github.com/dev/app/blob/0123456789abcdef0123456789abcdef01234567/app/model.py', now())""");
      try (var insert = connection.prepareStatement(
          "INSERT INTO files VALUES ('aaaa1111', 'ok', NULL, 'dev/app', 200, ?, now())")) {
        insert.setString(1, FILE);
        insert.executeUpdate();
      }
      run(connection, "INSERT INTO hit_verifications VALUES ('acme/tiny', 'aaaa1111', 'verified', "
          + "'transformers.AutoModel.from_pretrained:5', now())");
      try (var insert = connection.prepareStatement("""
          INSERT INTO usages (usage_id, repository, path, blob_sha, language, line, col, library, api, kind,
            model_literal, model_id, resolution, keyword_args, api_sequence, snippet, extracted_at)
          VALUES ('u1', 'dev/app', 'app/model.py', 'aaaa1111', 'python', 5, 13, 'transformers',
            'transformers.AutoModel.from_pretrained', 'model', 'acme/tiny', 'acme/tiny', 'literal', [],
            ['transformers.AutoModel.from_pretrained', 'model.to'], ?, now())""")) {
        insert.setString(1, FILE.substring(FILE.indexOf("def load")).stripTrailing());
        insert.executeUpdate();
      }
      run(connection, """
          INSERT INTO repositories (full_name, status, language, stars, forks, commits, is_fork, archived, fetched_at)
          VALUES ('dev/app', 'ok', 'Python', 120, 9, 300, false, false, now()),
                 ('dev/other', 'ok', 'Python', 3, 0, 12, false, false, now())""");
      run(connection, "INSERT INTO repository_selection VALUES ('dev/app', now())");
      for (int n = 1; n <= 6; n++) {
        try (var insert = connection.prepareStatement("INSERT INTO issues (repository, number, title, body, state, "
            + "labels, comments_count, created_at, closed_at, source) VALUES ('dev/app', ?, ?, ?, ?, ['bug'], 1, "
            + "TIMESTAMP '2024-01-01 10:00:00' + to_days(?), ?, 'github')")) {
          insert.setInt(1, n);
          insert.setString(2, n == 6 ? "Hostile <b>title</b> <script>window.__hfmineOwned=7</script>"
              : "Issue " + n + " about loading the tiny model");
          insert.setString(3, n == 6 ? HOSTILE_BODY : "Body of issue " + n + " with `AutoModel`.");
          insert.setString(4, n % 2 == 0 ? "closed" : "open");
          insert.setInt(5, n);
          insert.setObject(6, n % 2 == 0 ? java.sql.Timestamp.valueOf("2024-03-01 10:00:00") : null);
          insert.executeUpdate();
        }
        run(connection, "INSERT INTO issue_comments VALUES ('dev/app', " + n + ", " + (100 + n)
            + ", 'helper', 'MEMBER', 'Try `pip install -U transformers`.', TIMESTAMP '2024-01-05 10:00:00', NULL)");
        run(connection, "INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, confidence, evidence, labelled_at) VALUES ('dev/app', " + n + ", 'ptm', '" + (n <= 4)
            + "', 'rules', 0.8, 'score 2: phrase \"from_pretrained\"', now())");
      }
      run(connection, "INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, confidence, evidence, labelled_at) VALUES ('dev/app', 1, 'theme', 'MU', 'rules', 0.7, 'MU.IO: \"shape\"', now())");
      run(connection, "INSERT INTO issue_labels (repository, issue_number, label_kind, value, source, confidence, evidence, labelled_at) VALUES ('dev/app', 2, 'ptm', 'false', 'human:zoe', 1.0, 'annotated by zoe', now())");
      run(connection, "INSERT INTO crawl_units VALUES ('issues', 'dev/other', 'failed', 6, NULL, "
          + "'GitHub answered 502', 0, now())");
      return null;
    });
  }

  private static void run(Connection connection, String sql) throws Exception {
    try (Statement statement = connection.createStatement()) {
      statement.execute(sql);
    }
  }

  /** The serve spec of the shipped configuration, listening on a free loopback port. */
  public static ServeSpec spec() {
    Config config = Config.defaults();
    IssueSettings issues = IssueSettings.from(config);
    StatsSettings stats = config.section("stats", StatsSettings.class);
    UsageSettings usage = config.section("usage", UsageSettings.class);
    return new ServeSpec(ServeSettings.from(config).listeningOn("127.0.0.1", 0), issues.loadTaxonomy(),
        issues.annotation().bodyExcerptChars(), stats.labelSources(), config.section("patterns", PatternSettings.class),
        "fixture report", stats.alpha(), usage.nativeDirectory(), usage.treeSitterBinding(), issues);
  }
}
