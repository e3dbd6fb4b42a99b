package io.hfmine.cli.commands.models;

import io.hfmine.cli.support.Session;
import io.hfmine.crawler.hf.HfHub;
import io.hfmine.crawler.hf.HfHubClient;
import io.hfmine.crawler.http.Sleeper;
import io.hfmine.datasets.hf.HfSettings;

/** The {@code hf} settings and the Hub client of a session; a replay never sleeps. */
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
}
