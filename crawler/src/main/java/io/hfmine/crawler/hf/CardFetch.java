package io.hfmine.crawler.hf;

import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.CardMetadata;
import io.hfmine.datasets.hf.DatasetCards;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code models cards} (and {@code datasets cards}): downloads the README of every model (dataset)
 * that has none stored yet and parses its front matter.
 *
 * <p>Each card is committed with its metadata in one transaction, so a killed run resumes with
 * the next card. A card that cannot be fetched is stored as {@code failed} with the reason and is
 * retried on the next run; a malformed header is recorded and the run goes on. A rate limit the
 * Hub keeps enforcing stops the run (the rest would fail the same way).
 */
public final class CardFetch {
  /** Crawl-unit kind of one card download; the key is the model id. */
  public static final String UNIT_KIND = "model-card";
  private static final Logger LOG = LoggerFactory.getLogger(CardFetch.class);

  /** Whose READMEs are fetched: the crawl-unit kind, which are pending, the request and the tables. */
  public interface Target {
    String unitKind();

    String progressName();

    List<String> pending(Store store, Spec spec);

    ModelCard fetch(HfHubClient hub, String id, long maxBytes) throws IOException;

    void save(Connection connection, ModelCard card, CardMetadata metadata, Instant now) throws SQLException;
  }

  /** Model cards ({@code model_cards}, {@code card_metadata}). */
  public static final Target MODELS = new Target() {
    @Override public String unitKind() {
      return UNIT_KIND;
    }

    @Override public String progressName() {
      return "models cards";
    }

    @Override public List<String> pending(Store store, Spec spec) {
      return ModelCards.pending(store, spec.selectedOnly(), spec.refresh());
    }

    @Override public ModelCard fetch(HfHubClient hub, String id, long maxBytes) throws IOException {
      return hub.readme(id, maxBytes);
    }

    @Override public void save(Connection connection, ModelCard card, CardMetadata metadata, Instant now)
        throws SQLException {
      ModelCards.save(connection, card, metadata, now);
    }
  };

  /** Dataset cards ({@code dataset_cards}, {@code dataset_card_metadata}); there is no dataset selection. */
  public static final Target DATASETS = new Target() {
    @Override public String unitKind() {
      return "dataset-card";
    }

    @Override public String progressName() {
      return "datasets cards";
    }

    @Override public List<String> pending(Store store, Spec spec) {
      return DatasetCards.pending(store, spec.refresh());
    }

    @Override public ModelCard fetch(HfHubClient hub, String id, long maxBytes) throws IOException {
      return hub.datasetReadme(id, maxBytes);
    }

    @Override public void save(Connection connection, ModelCard card, CardMetadata metadata, Instant now)
        throws SQLException {
      DatasetCards.save(connection, card, metadata, now);
    }
  };

  private final Store store;
  private final HfHubClient hub;
  private final Progress.Factory progress;
  private final CardFrontMatter frontMatter;
  private final long maxBytes;
  private final Target target;

  public CardFetch(Store store, HfHubClient hub, Progress.Factory progress, CardFrontMatter frontMatter,
      long maxBytes) {
    this(store, hub, progress, frontMatter, maxBytes, MODELS);
  }

  public CardFetch(Store store, HfHubClient hub, Progress.Factory progress, CardFrontMatter frontMatter,
      long maxBytes, Target target) {
    this.target = target;
    this.store = store;
    this.hub = hub;
    this.progress = progress;
    this.frontMatter = frontMatter;
    this.maxBytes = maxBytes;
  }

  /** Which cards to fetch: only the selected models' cards, and whether to fetch stored ones again. */
  public record Spec(boolean selectedOnly, boolean refresh) {
  }

  /** Cards stored by status (ok, missing, too-large, forbidden, failed) and how many headers were malformed. */
  public record Result(int attempted, Map<String, Integer> byStatus, int malformedHeaders) {
    public int failed() {
      return byStatus.getOrDefault("failed", 0);
    }
  }

  public Result run(Spec spec) throws IOException {
    List<String> ids = target.pending(store, spec);
    String unitKind = target.unitKind();
    CrawlUnits units = new CrawlUnits(store);
    Map<String, Integer> byStatus = new TreeMap<>();
    int malformed = 0;
    try (Progress bar = progress.start(target.progressName())) {
      bar.total(ids.size());
      for (String id : ids) {
        units.begin(unitKind, id);
        ModelCard card;
        try {
          card = target.fetch(hub, id, maxBytes);
        } catch (RateLimitedException e) {
          units.fail(unitKind, id, e.getMessage());
          throw e;
        } catch (IOException e) {
          String reason = Secrets.redact(String.valueOf(e.getMessage()));
          LOG.warn("card of {} not fetched: {}", id, reason);
          card = new ModelCard(id, "failed", null, null, null, reason);
        }
        CardMetadata metadata = "ok".equals(card.status()) ? frontMatter.read(card.text()) : null;
        if (metadata != null && !"ok".equals(metadata.status()) && !"absent".equals(metadata.status())) {
          malformed++;
          LOG.info("card of {} has a {} header: {}", id, metadata.status(), metadata.error());
        }
        ModelCard stored = card;
        Instant now = Instant.now();
        store.transaction(connection -> {
          target.save(connection, stored, metadata, now);
          if (!"failed".equals(stored.status())) {
            units.checkpoint(connection, unitKind, id, null, 1);
            units.complete(connection, unitKind, id);
          }
          return null;
        });
        if ("failed".equals(card.status())) {
          units.fail(unitKind, id, card.error());
        }
        byStatus.merge(card.status(), 1, Integer::sum);
        bar.step();
      }
    }
    return new Result(ids.size(), byStatus, malformed);
  }
}
