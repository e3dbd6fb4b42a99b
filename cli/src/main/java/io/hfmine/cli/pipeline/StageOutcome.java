package io.hfmine.cli.pipeline;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What a stage did: named counts for the summary, units that failed with their reasons, outputs. */
public record StageOutcome(Map<String, Long> counts, List<String> failures, List<String> outputs) {

  public static StageOutcome of(Map<String, Long> counts) {
    return new StageOutcome(new LinkedHashMap<>(counts), List.of(), List.of());
  }

  public StageOutcome withFailures(List<String> failed) {
    return new StageOutcome(counts, List.copyOf(failed), outputs);
  }

  public StageOutcome withOutputs(List<String> written) {
    return new StageOutcome(counts, failures, List.copyOf(written));
  }
}
