package io.hfmine.cli.commands.setasks;

import io.hfmine.cli.commands.models.HubConnection;
import io.hfmine.cli.support.Session;
import io.hfmine.crawler.arxiv.ArxivClient;
import io.hfmine.crawler.arxiv.ArxivFetch;
import io.hfmine.crawler.hf.CardFetch;
import io.hfmine.crawler.hf.HubListingSync;
import io.hfmine.crawler.hf.ModelQuery;
import io.hfmine.crawler.hf.ModelSync;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.DatasetListingSettings;
import io.hfmine.datasets.hf.HfSettings;

/** The SE-task study's sources as the commands and stages run them: the dataset listing, dataset cards, arXiv. */
public final class HubSources {
  private HubSources() {
  }

  /** The configured dataset listing ({@code se-tasks.datasets}) as a Hub query. */
  public static ModelQuery datasetQuery(DatasetListingSettings listing) {
    return new ModelQuery(listing.search(), listing.author(), listing.filters(), null, listing.sort(), listing.max());
  }

  public static ModelSync.Result syncDatasets(Session session, ModelQuery query) throws java.io.IOException {
    return new HubListingSync(session.store(), HubConnection.client(session), session.progress(), HubListingSync.DATASETS)
        .run(query, HubConnection.settings(session).pageSize());
  }

  public static CardFetch datasetCards(Session session) {
    HfSettings.Cards limits = HubConnection.settings(session).cards();
    return new CardFetch(session.store(), HubConnection.client(session), session.progress(),
        new CardFrontMatter(limits.headerMaxBytes(), limits.headerMaxDepth()), limits.maxBytes(), CardFetch.DATASETS);
  }

  public static ArxivFetch arxiv(Session session) {
    var settings = SeTaskRun.settings(session).arxiv();
    ArxivClient client = new ArxivClient(session.http(), settings, session.replaying() ? Sleeper.NONE : Sleeper.SYSTEM);
    return new ArxivFetch(session.store(), client, settings.idsPerRequest());
  }
}
