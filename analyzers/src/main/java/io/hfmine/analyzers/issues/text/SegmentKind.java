package io.hfmine.analyzers.issues.text;

/**
 * What a stretch of issue text is. Cues weigh differently in each (issues.rules.segment-weights):
 * an author's prose says what the issue is about; a pasted log, a pip transcript or a version
 * listing names packages that are merely installed.
 */
public enum SegmentKind {
  /** Sentences written by a person. */
  PROSE("prose"),
  /** A code block or an indented code line. */
  CODE("code"),
  /** A Python traceback: its frames and the exception line. */
  TRACEBACK("traceback"),
  /** Program output: time-stamped or level-tagged lines, progress bars, training logs. */
  LOG("log"),
  /** What pip or conda printed ("Requirement already satisfied", "Collecting ...", "Successfully installed ..."). */
  INSTALL_OUTPUT("install-output"),
  /** An environment listing ("PyTorch version: 1.4", "torch==1.4.0", the output of a show-versions helper). */
  ENVIRONMENT("environment"),
  /** A quoted reply ({@code > ...}). */
  QUOTE("quote"),
  /** A web address, kept apart so that a documentation link does not read as prose. */
  LINK("link");

  private final String key;

  SegmentKind(String key) {
    this.key = key;
  }

  /** The name used in configuration and evidence. */
  public String key() {
    return key;
  }
}
