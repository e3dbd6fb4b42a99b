package io.hfmine.crawler.hf;

import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.CardMetadata;
import io.hfmine.datasets.hf.ModelCard;
import io.hfmine.datasets.hf.ModelCards;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.secrets.Secrets;
import io.hfmine.datasets.store.CrawlUnits;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * {@code models cards}: downloads the README of every model that has none stored yet and parses
 * its front matter.
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

  private final Store store;
  private final HfHubClient hub;
  private final Progress.Factory progress;
  private final CardFrontMatter frontMatter;
  private final long maxBytes;

  public CardFetch(Store store, HfHubClient hub, Progress.Factory progress, CardFrontMatter frontMatter,
      long maxBytes) {
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
    List<String> ids = ModelCards.pending(store, spec.selectedOnly(), spec.refresh());
    CrawlUnits units = new CrawlUnits(store);
    Map<String, Integer> byStatus = new TreeMap<>();
    int malformed = 0;
    try (Progress bar = progress.start("models cards")) {
      bar.total(ids.size());
      for (String id : ids) {
        units.begin(UNIT_KIND, id);
        ModelCard card;
        try {
          card = hub.readme(id, maxBytes);
        } catch (RateLimitedException e) {
          units.fail(UNIT_KIND, id, e.getMessage());
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
          ModelCards.save(connection, stored, metadata, now);
          if (!"failed".equals(stored.status())) {
            units.checkpoint(connection, UNIT_KIND, id, null, 1);
            units.complete(connection, UNIT_KIND, id);
          }
          return null;
        });
        if ("failed".equals(card.status())) {
          units.fail(UNIT_KIND, id, card.error());
        }
        byStatus.merge(card.status(), 1, Integer::sum);
        bar.step();
      }
    }
    return new Result(ids.size(), byStatus, malformed);
  }
}
