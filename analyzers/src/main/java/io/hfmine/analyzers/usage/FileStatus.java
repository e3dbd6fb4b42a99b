package io.hfmine.analyzers.usage;

import java.util.Locale;

/** What happened to one file during extraction. */
public enum FileStatus {
  /** Parsed (possibly with syntax errors, see {@link FileOutcome#syntaxErrors()}). */
  PARSED,
  /** No signature keyword in its bytes: not parsed at all. */
  PREFILTERED,
  /** Over the size cap. */
  TOO_LARGE,
  /** Looks binary (NUL bytes). */
  BINARY,
  /** The parse ran past its time limit. */
  TIMED_OUT,
  /** Neither Python nor Java. */
  UNSUPPORTED,
  /** The parser or extractor failed on it; the detail says why. */
  FAILED,
  /** The isolated extraction process died on it (a native crash); the detail gives the exit code. */
  CRASHED;

  public String sql() {
    return name().toLowerCase(Locale.ROOT).replace('_', '-');
  }
}
