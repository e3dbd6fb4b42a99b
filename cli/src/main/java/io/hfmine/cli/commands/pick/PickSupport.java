package io.hfmine.cli.commands.pick;

import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.cli.commands.models.HubConnection;
import io.hfmine.cli.support.Session;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.HfSettings;

/** The model search of a session: settings from the {@code pick} section, the shared embedding model it names. */
public final class PickSupport {
  private PickSupport() {
  }

  public static PickSettings settings(Session session) {
    return session.config().section("pick", PickSettings.class).validated();
  }

  public static ModelSearch search(Session session) {
    HfSettings.Cards cards = HubConnection.settings(session).cards();
    PickSettings settings = settings(session);
    return new ModelSearch(session.store(), session.workDir(), settings,
        new CardFrontMatter(cards.headerMaxBytes(), cards.headerMaxDepth()), settings.embedding().embedder(session.workDir(), session.progress()));
  }

  /** Makes the index current, saying on stderr what it had to do. */
  public static ModelSearch.IndexStatus ensureIndex(Session session, ModelSearch search, boolean rebuild) {
    long start = System.nanoTime();
    ModelSearch.IndexStatus status = search.ensureIndex(rebuild, session.progress());
    if (status.built()) {
      session.err().printf("pick: index built in %.1f s: %,d models (%,d extracted again, %,d unchanged, %,d gone); "
              + "%,d texts embedded, %,d from the cache%n", (System.nanoTime() - start) / 1e9,
          status.manifest().models(), status.extraction().extracted(), status.extraction().unchanged(),
          status.extraction().removed(), status.build().embedded(), status.build().cached());
    }
    return status;
  }
}
