package io.hfmine.cli.pipeline;

import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The one-screen summary at the end of `hfmine run`: each stage, its counts, failures, outputs. */
public final class PipelineSummary {
  private PipelineSummary() {
  }

  public static void print(List<StageResult> results, PrintWriter out) {
    out.println();
    out.printf("%-16s %-8s %8s  %s%n", "stage", "status", "seconds", "counts");
    for (StageResult result : results) {
      out.printf("%-16s %-8s %8s  %s%n", result.stage(), result.status().name().toLowerCase(),
          result.status() == StageResult.Status.SKIPPED ? "-" : "%.1f".formatted(result.took().toMillis() / 1000.0),
          counts(result.outcome().counts()));
    }
    List<StageResult> failed = results.stream()
        .filter(r -> r.error() != null || !r.outcome().failures().isEmpty()).toList();
    if (!failed.isEmpty()) {
      out.println();
      out.println("Failures (retried on the next run):");
      for (StageResult result : failed) {
        if (result.error() != null) {
          out.printf("  %s: %s%n", result.stage(), result.error());
        }
        int shown = 0;
        for (String failure : result.outcome().failures()) {
          if (shown++ == 5) {
            out.printf("  %s: ... and %d more%n", result.stage(), result.outcome().failures().size() - 5);
            break;
          }
          out.printf("  %s: %s%n", result.stage(), failure);
        }
      }
    }
    List<String> outputs = results.stream().flatMap(r -> r.outcome().outputs().stream()).toList();
    if (!outputs.isEmpty()) {
      out.println();
      out.println("Outputs:");
      outputs.forEach(output -> out.println("  " + output));
    }
    out.flush();
  }

  private static String counts(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .map(entry -> entry.getKey() + "=" + entry.getValue())
        .collect(Collectors.joining(", "));
  }
}
