package io.hfmine.cli.commands.models;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.hf.CardFetch;
import io.hfmine.crawler.hf.HfHub;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;

/** The {@code hf} settings, the Hub client and the catalog stages of a session; a replay never sleeps. */
public final class HubConnection {
  private HubConnection() {
  }

  public static HfSettings settings(Session session) {
    return session.config().section("hf", HfSettings.class);
  }

  public static HfHubClient client(Session session) {
    return HfHub.client(session.http(), settings(session), session.tokens().hf(),
        session.replaying() ? Sleeper.NONE : Sleeper.SYSTEM);
  }

  /** The card fetch with the configured size and header limits. */
  public static CardFetch cardFetch(Session session) {
    HfSettings.Cards limits = settings(session).cards();
    return new CardFetch(session.store(), client(session), session.progress(),
        new CardFrontMatter(limits.headerMaxBytes(), limits.headerMaxDepth()), limits.maxBytes());
  }

  /** The dedup settings of the configuration, with {@code threshold} instead when it is not null. */
  public static CardDeduplicator.Settings dedupSettings(Session session, Double threshold) {
    HfSettings.Dedup dedup = settings(session).dedup();
    return new CardDeduplicator.Settings(threshold != null ? threshold : dedup.threshold(),
        dedup.bands(), dedup.rows(), dedup.maxBucketComparisons());
  }
}
