package io.hfmine.crawler.github;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.config.Config;
import org.junit.jupiter.api.Test;

class GithubSettingsTest {
  @Test
  void noAttemptAtAllIsRefusedNamingTheKey() {
    assertThatThrownBy(() -> Config.defaults().with("github.retry.max-attempts", 0).section("github", GithubSettings.class))
        .hasMessageContaining("github.retry.max-attempts must be at least 1; got 0");
  }

  @Test
  void aNegativeWaitIsRefusedNamingTheKeys() {
    assertThatThrownBy(() -> Config.defaults().with("github.retry.first-backoff-ms", -5).section("github", GithubSettings.class))
        .hasMessageContaining("github.retry waits must be zero or more; got first-backoff-ms -5");
  }
}
