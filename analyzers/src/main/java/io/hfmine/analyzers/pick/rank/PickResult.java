package io.hfmine.analyzers.pick.rank;

import io.hfmine.analyzers.pick.constraint.Check;
import java.util.List;
import java.util.Map;

/**
 * The answer to a request: ranked models with their score parts, the attributes whose words
 * matched and every constraint check; with {@code explain}, the models the constraints removed
 * from above the last answer and why.
 *
 * @param catalog models in the index
 * @param kept models that passed every constraint
 * @param removedByFamily models each constraint family removed
 */
public record PickResult(String requestId, List<String> constraints, int catalog, int kept,
    Map<String, Integer> removedByFamily, List<Answer> answers, List<Removed> removed) {

  /** One ranked model. */
  public record Answer(int rank, String modelId, double score, List<RankFusion.Part> parts,
      Map<String, List<String>> matched, List<Check> checks, Map<String, List<String>> shown) {
  }

  /** A model the constraints removed, the rank it would have had without them, and the checks it failed. */
  public record Removed(String modelId, int rankWithoutConstraints, List<Check> failed) {
  }

  /** The answers' model ids, in rank order. */
  public List<String> modelIds() {
    return answers.stream().map(Answer::modelId).toList();
  }
}
