package io.hfmine.cli.pipeline;

import java.time.Duration;

/** How one stage went in this run of the pipeline. */
public record StageResult(String stage, Status status, StageOutcome outcome, String error, Duration took) {

  /** Ran now, skipped as already done for the same inputs, or failed (the pipeline stops). */
  public enum Status { RAN, SKIPPED, FAILED }
}
