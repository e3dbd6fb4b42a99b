package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The issue type (bug, question, enhancement): from the issue's GitHub labels when one maps to a
 * type, else from cue phrases; {@code other} when nothing points anywhere.
 */
public final class TypeRules {
  private final Map<String, List<String>> labelMapping;
  private final List<CueSet> cueSets;
  private final SegmentWeights weights;

  /**
   * @param labelMapping type to the GitHub labels that mean it (compared case-insensitively)
   * @param cues type to its cue phrases
   */
  public TypeRules(Map<String, List<String>> labelMapping, Map<String, List<String>> cues, SegmentWeights weights) {
    this.labelMapping = labelMapping;
    this.cueSets = cues.entrySet().stream().map(e -> new CueSet(e.getKey(), e.getValue())).toList();
    this.weights = weights;
  }

  /** Only the GitHub-label mapping (for labellers that decide the type themselves otherwise). */
  public static TypeRules labelsOnly(Map<String, List<String>> labelMapping) {
    return new TypeRules(labelMapping, Map.of(), io.hfmine.analyzers.issues.text.SegmentWeights.defaults());
  }

  /** The type given by a GitHub label, or null when no label maps to a type. */
  public ScoredCode fromGithubLabels(IssueText issue) {
    for (String label : issue.githubLabels()) {
      String normalized = label.strip().toLowerCase(Locale.ROOT);
      for (Map.Entry<String, List<String>> type : labelMapping.entrySet()) {
        for (String mapped : type.getValue()) {
          if (mapped.toLowerCase(Locale.ROOT).equals(normalized)) {
            return new ScoredCode(type.getKey(), 1.0, "github label \"" + label + "\"");
          }
        }
      }
    }
    return null;
  }

  /** The type from GitHub labels if they say it, else from cue phrases. */
  public ScoredCode decide(IssueDocument document) {
    ScoredCode fromLabels = fromGithubLabels(document.issue());
    return fromLabels != null ? fromLabels : fromCues(document);
  }

  /** The type from cue phrases alone. */
  public ScoredCode fromCues(IssueDocument document) {
    ScoredCode best = null;
    double total = 0;
    for (CueSet set : cueSets) {
      List<CueHit> hits = set.hits(document, weights);
      double score = CueSet.score(hits);
      List<String> evidence = new ArrayList<>();
      hits.forEach(hit -> evidence.add(hit.describe()));
      total += score;
      if (score > 0 && (best == null || score > best.confidence())) {
        best = new ScoredCode(set.label(), score, String.join("; ", evidence));
      }
    }
    if (best == null) {
      return new ScoredCode("other", 0.5, "no type cue fired");
    }
    return new ScoredCode(best.code(), RelevanceRule.round(best.confidence() / total), best.evidence());
  }
}
