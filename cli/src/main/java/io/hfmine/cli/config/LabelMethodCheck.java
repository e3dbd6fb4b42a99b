package io.hfmine.cli.config;

import io.hfmine.analyzers.issues.IssueSettings;
import io.hfmine.analyzers.stats.StatsSettings;
import io.hfmine.analyzers.stats.resolution.LabelSourcePreference;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.config.ConfigException;

/**
 * The one rule that spans two sections: the labels {@code issues.method} writes must be labels
 * {@code stats.label-sources} counts. Otherwise a run labels every issue and its statistics then
 * find no labelled issue, which a study would learn only at its last stages.
 */
public final class LabelMethodCheck {
  private LabelMethodCheck() {
  }

  /** Refuses a configuration whose label sources leave out the configured labelling method. */
  public static void check(Config config) {
    String method = config.section("issues", IssueSettings.class).method();
    StatsSettings stats = config.section("stats", StatsSettings.class);
    if (!new LabelSourcePreference(stats.labelSources()).accepts(method)) {
      throw new ConfigException(config.where("stats.label-sources") + ": stats.label-sources "
          + stats.labelSources() + " does not name '" + method + "', the labelling method issues.method gives "
          + "(add it, e.g. [\"human:*\", " + method + ", rules], or set issues.method to a source listed there)");
    }
  }
}
