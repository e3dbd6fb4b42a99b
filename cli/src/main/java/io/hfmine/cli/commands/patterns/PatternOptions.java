package io.hfmine.cli.commands.patterns;

import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.cli.support.Session;

/** Reads the {@code patterns} configuration section, with the flags a command was given. */
public final class PatternOptions {
  private PatternOptions() {
  }

  public static PatternSettings settings(Session session, PatternSettings.GroupBy by, PatternSettings.Algorithm algorithm) {
    PatternSettings settings = session.config().section("patterns", PatternSettings.class);
    if (by != null) {
      settings = settings.withGroupBy(by);
    }
    if (algorithm != null) {
      settings = settings.withAlgorithm(algorithm);
    }
    return settings.validated();
  }
}
