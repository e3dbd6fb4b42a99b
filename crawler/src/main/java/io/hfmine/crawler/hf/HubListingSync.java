package io.hfmine.crawler.hf;

import io.hfmine.crawler.http.SafeUrl;
import io.hfmine.datasets.hf.DatasetCatalog;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnit;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.ListingRejects;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * Lists one kind of Hub repository (models or datasets) into the store, page by page: each page's
 * records and the next-page URL are committed in one transaction, so a killed listing resumes at
 * the page it had not stored and never stores a record twice (upsert by id). A finished listing
 * starts over on the next run, refreshing every record.
 */
public final class HubListingSync {
  /** What is listed: the crawl-unit kind, the first page, and the table the records go to. */
  public interface Target {
    String unitKind();

    String progressName();

    HttpUrl firstPage(HfHubClient hub, ModelQuery query, int limit);

    void store(Connection connection, List<ModelRecord> records, Instant now) throws SQLException;
  }

  /** The model listing ({@code /api/models} into {@code models}). */
  public static final Target MODELS = new Target() {
    @Override public String unitKind() {
      return ModelSync.UNIT_KIND;
    }

    @Override public String progressName() {
      return "models sync";
    }

    @Override public HttpUrl firstPage(HfHubClient hub, ModelQuery query, int limit) {
      return hub.firstPage(query, limit);
    }

    @Override public void store(Connection connection, List<ModelRecord> records, Instant now) throws SQLException {
      ModelCatalog.upsert(connection, records, "hub", now);
    }
  };

  /** The dataset listing ({@code /api/datasets} into {@code datasets}). */
  public static final Target DATASETS = new Target() {
    @Override public String unitKind() {
      return "datasets-listing";
    }

    @Override public String progressName() {
      return "datasets sync";
    }

    @Override public HttpUrl firstPage(HfHubClient hub, ModelQuery query, int limit) {
      return hub.firstDatasetPage(query, limit);
    }

    @Override public void store(Connection connection, List<ModelRecord> records, Instant now) throws SQLException {
      DatasetCatalog.upsert(connection, records, "hub", now);
    }
  };

  private final Store store;
  private final HfHubClient hub;
  private final Progress.Factory progress;
  private final Target target;

  public HubListingSync(Store store, HfHubClient hub, Progress.Factory progress, Target target) {
    this.store = store;
    this.hub = hub;
    this.progress = progress;
    this.target = target;
  }

  /** Runs (or resumes) the listing of {@code query}, {@code pageSize} models per request. */
  public ModelSync.Result run(ModelQuery query, int pageSize) throws IOException {
    CrawlUnits units = new CrawlUnits(store);
    String kind = target.unitKind();
    String key = query.key();
    CrawlUnit previous = units.find(kind, key).orElse(null);
    boolean resume = previous != null && previous.state() != CrawlUnit.State.DONE && previous.cursor() != null;
    if (previous != null && !resume) {
      store.transaction(connection -> {
        units.reset(connection, kind, key);
        ListingRejects.reset(connection, kind, key);
        return null;
      });
    }
    CrawlUnit unit = units.begin(kind, key);
    long already = resume ? unit.items() : 0;
    int limit = query.max() == null ? pageSize : (int) Math.min(pageSize, query.max());
    HttpUrl url = resume ? HttpUrl.parse(unit.cursor()) : target.firstPage(hub, query, limit);
    // A record can come twice when the listing shifts under the crawl (downloads change as it
    // runs); counting distinct ids keeps the printed count equal to what the store gained.
    Set<String> seen = new HashSet<>();
    long stored = 0;
    int pages = 0;
    try (Progress bar = progress.start(target.progressName())) {
      if (query.max() != null) {
        bar.total(query.max());
        bar.step(already);
      }
      while (url != null) {
        ModelPage page = hub.page(url);
        pages++;
        List<ModelRecord> models = page.models();
        long room = query.max() == null ? Long.MAX_VALUE : query.max() - already - stored;
        if (models.size() > room) {
          models = models.subList(0, (int) room);
        }
        boolean reachedMax = query.max() != null && already + stored + models.size() >= query.max();
        HttpUrl next = reachedMax || models.isEmpty() ? null : page.next();
        List<ModelRecord> batch = models;
        long fresh = batch.stream().filter(model -> seen.add(model.id())).count();
        Instant now = Instant.now();
        HttpUrl pageUrl = url;
        store.transaction(connection -> {
          target.store(connection, batch, now);
          ListingRejects.record(connection, kind, key, SafeUrl.of(pageUrl), page.rejects(), now);
          units.checkpoint(connection, kind, key, next == null ? null : next.toString(), fresh);
          if (next == null) {
            units.complete(connection, kind, key);
          }
          return null;
        });
        stored += fresh;
        bar.step(batch.size());
        bar.message(pages + " page(s)");
        url = next;
      }
    } catch (IOException | RuntimeException e) {
      units.fail(kind, key, Secrets.redact(String.valueOf(e.getMessage())));
      throw e;
    }
    long rejected = store.read(connection -> ListingRejects.count(connection, kind, key));
    return new ModelSync.Result(stored, already + stored, pages, resume, rejected);
  }
}
