package io.hfmine.cli.support;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import org.slf4j.LoggerFactory;

/** Sets the log level from -v / --quiet; logs go to stderr (see logback.xml). */
final class Logging {
  private Logging() {
  }

  static void configure(boolean verbose, boolean quiet) {
    Logger root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
    root.setLevel(quiet ? Level.WARN : Level.INFO);
    Logger ours = (Logger) LoggerFactory.getLogger("io.hfmine");
    ours.setLevel(verbose ? Level.DEBUG : quiet ? Level.WARN : Level.INFO);
  }
}
