package io.hfmine.cli.pipeline;

import io.hfmine.cli.support.Session;

/** One step of the study pipeline (`hfmine run`), wrapping the facade of one area. */
public interface Stage {
  /** Kebab-case name used by --from / --until and in the summary. */
  String name();

  /**
   * What the stage's result depends on besides upstream stages (its configuration sections and
   * options), as text; the stage re-runs when it changes.
   */
  String inputs(Session session);

  /** Runs the stage; it must itself be resumable (crawl units) and idempotent. */
  StageOutcome run(Session session) throws Exception;
}
