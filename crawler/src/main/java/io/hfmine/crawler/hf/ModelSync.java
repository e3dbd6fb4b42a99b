package io.hfmine.crawler.hf;

import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnit;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import okhttp3.HttpUrl;

/**
 * {@code models sync}: lists models from the Hub into the store, page by page.
 *
 * <p>Each page's models and the next-page URL are committed in one transaction, so a killed
 * sync resumes at the page it had not stored and never stores a model twice (upsert by id). A
 * finished listing starts over on the next run, refreshing every model.
 */
public final class ModelSync {
  /** Crawl-unit kind of a listing; the unit key is {@link ModelQuery#key()}. */
  public static final String UNIT_KIND = "models-listing";

  private final Store store;
  private final HfHubClient hub;
  private final Progress.Factory progress;

  public ModelSync(Store store, HfHubClient hub, Progress.Factory progress) {
    this.store = store;
    this.hub = hub;
    this.progress = progress;
  }

  /**
   * How a finished sync went: models stored by this run and by the whole listing (a resumed run
   * adds to what the killed one stored), pages fetched by this run, and whether it resumed.
   */
  public record Result(long stored, long storedInAll, int pages, boolean resumed) {
  }

  /** Runs (or resumes) the listing of {@code query}, {@code pageSize} models per request. */
  public Result run(ModelQuery query, int pageSize) throws IOException {
    CrawlUnits units = new CrawlUnits(store);
    String key = query.key();
    CrawlUnit previous = units.find(UNIT_KIND, key).orElse(null);
    boolean resume = previous != null && previous.state() != CrawlUnit.State.DONE && previous.cursor() != null;
    if (previous != null && !resume) {
      store.transaction(connection -> {
        units.reset(connection, UNIT_KIND, key);
        return null;
      });
    }
    CrawlUnit unit = units.begin(UNIT_KIND, key);
    long already = resume ? unit.items() : 0;
    int limit = query.max() == null ? pageSize : (int) Math.min(pageSize, query.max());
    HttpUrl url = resume ? HttpUrl.parse(unit.cursor()) : hub.firstPage(query, limit);
    // A model can come twice when the listing shifts under the crawl (downloads change as it
    // runs); counting distinct ids keeps the printed count equal to what the store gained.
    Set<String> seen = new HashSet<>();
    long stored = 0;
    int pages = 0;
    try (Progress bar = progress.start("models sync")) {
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
        store.transaction(connection -> {
          ModelCatalog.upsert(connection, batch, "hub", now);
          units.checkpoint(connection, UNIT_KIND, key, next == null ? null : next.toString(), fresh);
          if (next == null) {
            units.complete(connection, UNIT_KIND, key);
          }
          return null;
        });
        stored += fresh;
        bar.step(batch.size());
        bar.message(pages + " page(s)");
        url = next;
      }
    } catch (IOException | RuntimeException e) {
      units.fail(UNIT_KIND, key, Secrets.redact(String.valueOf(e.getMessage())));
      throw e;
    }
    return new Result(stored, already + stored, pages, resume);
  }
}
