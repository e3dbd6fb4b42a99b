package io.hfmine.crawler.arxiv;

import io.hfmine.datasets.arxiv.ArxivIds;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * {@code hfmine arxiv fetch}: the abstracts of every paper an {@code arxiv:} tag of a stored model
 * or dataset names, in batches, each batch stored in one transaction. Papers already stored are
 * skipped and failed ones asked again, so a killed run continues where it stopped. Ids are asked
 * in sorted order, so a replay archive answers the same requests.
 */
public final class ArxivFetch {
  private final Store store;
  private final ArxivClient client;
  private final int batchSize;

  public ArxivFetch(Store store, ArxivClient client, int batchSize) {
    this.store = store;
    this.client = client;
    this.batchSize = batchSize;
  }

  /** Papers stored by this run, by status, and the ids tags named in all. */
  public record Result(int named, int fetched, int ok, int missing, int failed, List<String> failures) {
  }

  public Result run(Progress.Factory progress) {
    List<String> named = namedIds(store);
    List<String> pending = pending(named);
    int ok = 0;
    int missing = 0;
    int failed = 0;
    List<String> failures = new ArrayList<>();
    try (Progress bar = progress.start("arxiv fetch")) {
      bar.total(pending.size());
      for (int start = 0; start < pending.size(); start += batchSize) {
        List<String> batch = pending.subList(start, Math.min(pending.size(), start + batchSize));
        Map<String, ArxivPaper> papers = client.fetch(batch);
        save(papers.values());
        for (ArxivPaper paper : papers.values()) {
          switch (paper.status()) {
            case "ok" -> ok++;
            case "missing" -> missing++;
            default -> {
              failed++;
              if (failures.size() < 20) {
                failures.add(paper.arxivId() + ": " + paper.error());
              }
            }
          }
        }
        bar.step(batch.size());
      }
    }
    return new Result(named.size(), pending.size(), ok, missing, failed, failures);
  }

  /** Every arXiv id the tags of stored models and datasets name, sorted. */
  public static List<String> namedIds(Store store) {
    return store.read(connection -> {
      TreeSet<String> ids = new TreeSet<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT tags FROM models UNION ALL SELECT tags FROM datasets")) {
        while (rows.next()) {
          ids.addAll(ArxivIds.fromTags(ModelCatalog.textList(rows.getArray(1))));
        }
      }
      return new ArrayList<>(ids);
    });
  }

  private List<String> pending(List<String> named) {
    return store.read(connection -> {
      TreeSet<String> done = new TreeSet<>();
      try (Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT arxiv_id FROM arxiv_papers WHERE status <> 'failed'")) {
        while (rows.next()) {
          done.add(rows.getString(1));
        }
      }
      return named.stream().filter(id -> !done.contains(id)).toList();
    });
  }

  private void save(java.util.Collection<ArxivPaper> papers) {
    store.transaction(connection -> {
      try (PreparedStatement upsert = connection.prepareStatement("""
          INSERT INTO arxiv_papers (arxiv_id, status, title, abstract, published, updated, categories, error, fetched_at)
          VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
          ON CONFLICT (arxiv_id) DO UPDATE SET status = excluded.status, title = excluded.title,
            abstract = excluded.abstract, published = excluded.published, updated = excluded.updated,
            categories = excluded.categories, error = excluded.error, fetched_at = excluded.fetched_at""")) {
        Instant now = Instant.now();
        for (ArxivPaper paper : papers) {
          upsert.setString(1, paper.arxivId());
          upsert.setString(2, paper.status());
          upsert.setString(3, paper.title());
          upsert.setString(4, paper.summary());
          upsert.setObject(5, ModelCatalog.utc(paper.published()));
          upsert.setObject(6, ModelCatalog.utc(paper.updated()));
          upsert.setArray(7, ModelCatalog.textArray(connection, paper.categories()));
          upsert.setString(8, paper.error());
          upsert.setObject(9, ModelCatalog.utc(now));
          upsert.addBatch();
        }
        upsert.executeBatch();
      }
      return null;
    });
  }
}
