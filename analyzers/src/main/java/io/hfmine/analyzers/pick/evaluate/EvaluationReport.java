package io.hfmine.analyzers.pick.evaluate;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What {@code hfmine pick evaluate} measured.
 *
 * @param minSourceDownloads the fewest downloads a source model had to have (0: any)
 * @param eligibleSources models that could be the source of a request (task, function, downloads)
 * @param judged requests with a known suitable model (source or judged) or with judged answers: the ones measured
 * @param unjudged requests without either, left out of the metrics (judge them through the pool file)
 * @param judgeAgreement Cohen's kappa of the two judges with the most answers in common, when there are two
 */
public record EvaluationReport(String runId, long seed, int top, long minSourceDownloads, int eligibleSources,
    int synthesized, int handWritten, int judged, int unjudged, String infill, List<Integer> ks, List<Score> overall, Map<String, List<Score>> byMutation,
    Judgments.Agreement judgeAgreement, List<Outcome> outcomes) {

  /** One system's figures over a set of requests. */
  public record Score(String system, int requests, Map<Integer, Double> hitAt, double mrr) {
  }

  /** One request: what each system answered, what counted as suitable, where the first hit was (0: none). */
  public record Outcome(SynthesizedRequest request, Set<String> suitable, boolean measured,
      Map<String, List<String>> answers, Map<String, Integer> firstHit) {
  }
}
