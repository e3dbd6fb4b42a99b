package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.context.ProjectReuse;
import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import java.util.HashMap;
import java.util.Map;

/**
 * Weights and thresholds of the rule labeller (the {@code issues.rules} configuration section).
 *
 * @param segmentWeights what a cue counts in each kind of segment (prose, code, traceback, log ...)
 * @param partWeights what a cue counts in each part of the issue (title, body, comment, maintainer comment)
 * @param evidenceWeights what each kind of PTM evidence counts ({@link EvidenceKind})
 * @param contextFactors the factor on contextual evidence for each {@link ProjectReuse} of the project
 * @param formCueWeight weight of a theme cue that is also an issue-type cue ("how to"): it tells the form, not the challenge
 */
public record RuleSettings(Map<String, Double> segmentWeights, Map<String, Double> partWeights,
    Map<String, Double> evidenceWeights, Map<String, Double> contextFactors, double ptmThreshold, double formCueWeight,
    double subThemeMinScore, double subThemeKeepRatio, int maxSubThemes) {

  public RuleSettings {
    for (EvidenceKind kind : EvidenceKind.values()) {
      if (evidenceWeights == null || !evidenceWeights.containsKey(kind.key())) {
        throw new IllegalArgumentException("issues.rules.evidence-weights has no weight for '" + kind.key() + "'");
      }
    }
    for (ProjectReuse reuse : ProjectReuse.values()) {
      if (contextFactors == null || !contextFactors.containsKey(reuse.key())) {
        throw new IllegalArgumentException("issues.rules.context-factors has no factor for '" + reuse.key() + "'");
      }
    }
    evidenceWeights = Map.copyOf(evidenceWeights);
    contextFactors = Map.copyOf(contextFactors);
    weightsOf(segmentWeights, partWeights);
  }

  /** The shipped defaults (as in config/hfmine.yaml), for tests and library use. */
  public static RuleSettings defaults() {
    SegmentWeights weights = SegmentWeights.defaults();
    Map<String, Double> evidence = new HashMap<>();
    evidence.put("model-id", 2.0);
    evidence.put("strong", 2.0);
    evidence.put("exception", 2.0);
    evidence.put("library-import", 2.0);
    evidence.put("library", 1.0);
    evidence.put("model", 1.0);
    evidence.put("phrase", 0.25);
    evidence.put("weak", 0.1);
    return new RuleSettings(weights.segmentWeights(), weights.partWeights(), evidence,
        Map.of("known", 1.5, "likely", 1.5, "unknown", 0.5, "unlikely", 0.4), 1.0, 0.5, 1.0, 0.6, 3);
  }

  public SegmentWeights weights() {
    return weightsOf(segmentWeights, partWeights);
  }

  public double evidenceWeight(EvidenceKind kind) {
    return evidenceWeights.get(kind.key());
  }

  public double contextFactor(ProjectReuse reuse) {
    return contextFactors.get(reuse.key());
  }

  private static SegmentWeights weightsOf(Map<String, Double> segmentWeights, Map<String, Double> partWeights) {
    try {
      return new SegmentWeights(segmentWeights == null ? Map.of() : segmentWeights, partWeights == null ? Map.of() : partWeights);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("issues.rules." + e.getMessage(), e);
    }
  }
}
