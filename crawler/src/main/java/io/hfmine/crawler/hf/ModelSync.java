package io.hfmine.crawler.hf;

import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;

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
  /**
   * What a listing run did. {@code rejected} counts the listing's records (this run and the runs
   * it resumed) that could not be read and were kept in {@code listing_rejects} instead.
   */
  public record Result(long stored, long storedInAll, int pages, boolean resumed, long rejected) {
  }

  /** Runs (or resumes) the listing of {@code query}, {@code pageSize} models per request. */
  public Result run(ModelQuery query, int pageSize) throws IOException {
    return new HubListingSync(store, hub, progress, HubListingSync.MODELS).run(query, pageSize);
  }
}
