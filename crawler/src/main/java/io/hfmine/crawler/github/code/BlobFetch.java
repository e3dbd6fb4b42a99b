package io.hfmine.crawler.github.code;

import io.hfmine.crawler.github.ApiResponse;
import io.hfmine.crawler.github.CrawlReport;
import io.hfmine.crawler.github.GithubApi;
import io.hfmine.datasets.files.SourceText;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * {@code hfmine code fetch}: downloads each distinct blob of the code hits once, by sha, so a file
 * shared by many models, forks and re-runs costs one request. Files over the size limit and
 * binary files are recorded as skipped with the reason; the text of the others is stored.
 */
public final class BlobFetch {
  /** Crawl-unit kind of one blob; only failed blobs leave a unit behind. */
  public static final String UNIT_KIND = "blob";

  private final GithubApi api;
  private final Store store;
  private final CrawlUnits units;
  private final long maxFileBytes;

  public BlobFetch(GithubApi api, Store store, long maxFileBytes) {
    this.api = api;
    this.store = store;
    this.units = new CrawlUnits(store);
    this.maxFileBytes = maxFileBytes;
  }

  /** Fetches every blob not yet stored (failed ones again). */
  public CrawlReport run(Progress progress) {
    List<Pending> pending = pending();
    CrawlReport report = new CrawlReport();
    progress.total(pending.size());
    for (Pending blob : pending) {
      progress.message(blob.sha().substring(0, Math.min(12, blob.sha().length())));
      try {
        store(fetch(blob));
        report.done();
        report.items(1);
      } catch (IOException | RuntimeException e) {
        String reason = Secrets.redact(String.valueOf(e.getMessage()));
        units.begin(UNIT_KIND, blob.sha());
        units.fail(UNIT_KIND, blob.sha(), reason);
        report.failed(blob.sha(), reason);
      }
      progress.step();
    }
    return report;
  }

  private record Pending(String sha, List<String> repositories) {
  }

  private record Outcome(String sha, String status, String skipReason, Long bytes, String content,
      String repository) {
  }

  private Outcome fetch(Pending blob) throws IOException {
    ApiResponse last = null;
    for (String repository : blob.repositories()) {
      ApiResponse response = api.get(api.url("repos/" + repository + "/git/blobs/" + blob.sha(), Map.of()));
      if (response.status() == 404) {
        last = response;
        continue;
      }
      if (response.status() == 451) {
        return new Outcome(blob.sha(), "skipped", "blocked", null, null, repository);
      }
      if (!response.ok()) {
        throw GithubApi.error(response);
      }
      return read(blob.sha(), repository, response);
    }
    if (last != null) {
      return new Outcome(blob.sha(), "skipped", "gone", null, null, null);
    }
    throw new IOException("blob " + blob.sha() + " has no repository to fetch it from");
  }

  private Outcome read(String sha, String repository, ApiResponse response) throws IOException {
    long size = response.body().path("size").asLong(-1);
    if (size > maxFileBytes) {
      return new Outcome(sha, "skipped", "too-large", size, null, repository);
    }
    String encoding = response.body().path("encoding").asText("base64");
    String content = response.body().path("content").asText("");
    byte[] bytes;
    if ("base64".equals(encoding)) {
      try {
        bytes = Base64.getMimeDecoder().decode(content);
      } catch (IllegalArgumentException e) {
        throw new IOException("blob " + sha + " from " + repository + " has malformed base64 content", e);
      }
    } else {
      bytes = content.getBytes(StandardCharsets.UTF_8);
    }
    if (bytes.length > maxFileBytes) {
      return new Outcome(sha, "skipped", "too-large", (long) bytes.length, null, repository);
    }
    String text = textOrNull(bytes);
    if (text == null) {
      return new Outcome(sha, "skipped", "binary", (long) bytes.length, null, repository);
    }
    return new Outcome(sha, "ok", null, (long) bytes.length, text, repository);
  }

  /**
   * The text of a file, or null for a binary one: UTF-8, else the encoding its PEP 263 line or
   * byte-order mark declares, else Latin-1 (see {@link SourceText}).
   */
  static String textOrNull(byte[] bytes) {
    return SourceText.decode(bytes);
  }

  private void store(Outcome outcome) {
    store.transaction(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("""
          INSERT INTO files (blob_sha, status, skip_reason, source_repository, byte_length, content, fetched_at)
          VALUES (?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (blob_sha) DO UPDATE SET status = excluded.status, skip_reason = excluded.skip_reason,
            source_repository = excluded.source_repository, byte_length = excluded.byte_length,
            content = excluded.content, fetched_at = excluded.fetched_at""")) {
        upsert.setString(1, outcome.sha());
        upsert.setString(2, outcome.status());
        upsert.setString(3, outcome.skipReason());
        upsert.setString(4, outcome.repository());
        if (outcome.bytes() == null) {
          upsert.setNull(5, java.sql.Types.BIGINT);
        } else {
          upsert.setLong(5, outcome.bytes());
        }
        upsert.setString(6, outcome.content());
        upsert.setTimestamp(7, Timestamp.from(Instant.now()));
        upsert.executeUpdate();
      }
      if (units.find(UNIT_KIND, outcome.sha()).isPresent()) {
        units.complete(connection, UNIT_KIND, outcome.sha());
      }
      return null;
    });
  }

  private List<Pending> pending() {
    return store.read(connection -> {
      List<Pending> pending = new ArrayList<>();
      try (PreparedStatement select = connection.prepareStatement("""
          SELECT blob_sha, list(DISTINCT repository ORDER BY repository) AS repositories FROM code_hits
          WHERE blob_sha NOT IN (SELECT blob_sha FROM files WHERE status <> 'failed')
          GROUP BY blob_sha ORDER BY blob_sha""");
           ResultSet rows = select.executeQuery()) {
        while (rows.next()) {
          Array array = rows.getArray("repositories");
          List<String> repositories = new ArrayList<>();
          for (Object value : (Object[]) array.getArray()) {
            repositories.add(String.valueOf(value));
          }
          pending.add(new Pending(rows.getString("blob_sha"), repositories));
        }
      }
      return pending;
    });
  }
}
