package io.hfmine.crawler.hf;

import io.hfmine.crawler.archive.Archive;
import io.hfmine.crawler.http.HttpSettings;
import io.hfmine.crawler.http.HttpStack;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.HfSettings;

/** Builds Hub clients against a {@link FakeHfHub} with the shipped defaults and a fake clock. */
final class HubFixture {
  private HubFixture() {
  }

  static HfSettings settings(FakeHfHub hub) {
    return Config.defaults().with("hf.endpoint", hub.endpointText()).section("hf", HfSettings.class);
  }

  static HttpStack stack() {
    return new HttpStack(new HttpSettings("hfmine-test", 5, 5, 0), Archive.off(), null);
  }

  static HfHubClient client(FakeHfHub hub, FakeSleeper sleeper, String token) {
    return HfHub.client(stack(), settings(hub), token, sleeper);
  }
}
