package io.hfmine.analyzers.patterns;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;
import org.junit.jupiter.api.Test;

class PatternSettingsTest {
  @Test
  void shippedDefaultsBindAndAreValid() {
    PatternSettings settings = Config.defaults().section("patterns", PatternSettings.class).validated();

    assertThat(settings.groupBy()).isEqualTo(PatternSettings.GroupBy.MODEL);
    assertThat(settings.algorithm()).isEqualTo(PatternSettings.Algorithm.KMEANS);
    assertThat(settings.summary().enabled()).isFalse();
    assertThat(settings.summary().userPrompt()).contains("{snippet}");
  }

  @Test
  void anOutOfRangeValueIsAnErrorNamingTheKey() {
    Config config = Config.defaults().with("patterns.kmeans.k-min", 1);

    assertThatThrownBy(() -> config.section("patterns", PatternSettings.class))
        .isInstanceOf(ConfigException.class)
        .hasMessage("the command line (patterns.kmeans.k-min): patterns.kmeans.k-min must be at least 2, was 1");
  }

  @Test
  void hierarchicalSizeLimitCannotExceedWhatSmileIndexes() {
    Config config = Config.defaults().with("patterns.hierarchical.max-size", 50_000);

    assertThatThrownBy(() -> config.section("patterns", PatternSettings.class))
        .hasMessageContaining("patterns.hierarchical.max-size");
  }
}
