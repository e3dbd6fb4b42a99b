package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.context.ProjectContext;
import io.hfmine.analyzers.issues.taxonomy.EvidenceKind;
import io.hfmine.analyzers.issues.taxonomy.RelevanceCues;
import io.hfmine.analyzers.issues.text.IssueDocument;
import io.hfmine.analyzers.issues.text.Segment;
import io.hfmine.analyzers.issues.text.SegmentWeights;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Decides whether an issue is PTM-related from weighted evidence in its segments and from its
 * project. Unmistakable evidence (model ids known to the store, phrases of reuse, PTM exceptions,
 * PTM libraries imported or in traceback frames) counts as it is; contextual evidence (a library
 * or model family named, "checkpoint", "the model") is scaled by the project's
 * {@link io.hfmine.analyzers.issues.context.ProjectReuse}, so that a project that reuses no
 * pre-trained model needs unmistakable evidence.
 */
public final class RelevanceRule {
  private final Map<EvidenceKind, CueSet> cues = new EnumMap<>(EvidenceKind.class);
  private final KnownModels knownModels;
  private final RuleSettings settings;
  private final SegmentWeights weights;

  public RelevanceRule(RelevanceCues relevance, KnownModels knownModels, RuleSettings settings) {
    relevance.byKind().forEach((kind, written) -> cues.put(kind, new CueSet(kind.key(), written)));
    this.knownModels = knownModels;
    this.settings = settings;
    this.weights = settings.weights();
  }

  /** The evidence of one issue, by kind (known model ids first). */
  public Map<EvidenceKind, List<CueHit>> evidence(IssueDocument document) {
    Map<EvidenceKind, List<CueHit>> found = new EnumMap<>(EvidenceKind.class);
    List<CueHit> counted = new ArrayList<>(modelIds(document));
    found.put(EvidenceKind.MODEL_ID, List.copyOf(counted));
    // Kinds from the strongest: a mention counts once, as the strongest kind that names it.
    for (Map.Entry<EvidenceKind, CueSet> kind : cues.entrySet()) {
      List<CueHit> hits = CueSet.withoutOverlaps(counted, kind.getValue().hits(document, weights));
      found.put(kind.getKey(), hits);
      counted.addAll(hits);
    }
    return found;
  }

  /**
   * Whether {@link #evidence} holds any of these kinds, with less work when they are the strongest
   * kinds up to one (the prescreen's: all but the weak words). A mention counts once, as the
   * strongest kind that names it, so a hit of a chosen kind can only be left out for a hit of a
   * stronger kind, which is chosen too: any cue of a chosen kind that fires decides, the first one
   * found ends the search, the kinds after them are not looked for, and the store is asked about
   * model ids only when no cue fired. For other choices the whole evidence is found.
   */
  public boolean hasEvidence(IssueDocument document, Set<EvidenceKind> kinds) {
    if (!strongestUpToOne(kinds)) {
      return evidence(document).entrySet().stream()
          .anyMatch(kind -> kinds.contains(kind.getKey()) && !kind.getValue().isEmpty());
    }
    for (Map.Entry<EvidenceKind, CueSet> kind : cues.entrySet()) {
      if (kinds.contains(kind.getKey()) && kind.getValue().firesIn(document, weights)) {
        return true;
      }
    }
    return kinds.contains(EvidenceKind.MODEL_ID) && !modelIds(document).isEmpty();
  }

  // Whether the kinds are a beginning of the order evidence() counts them in (model ids, then the cues' kinds).
  private boolean strongestUpToOne(Set<EvidenceKind> kinds) {
    List<EvidenceKind> order = new ArrayList<>();
    order.add(EvidenceKind.MODEL_ID);
    order.addAll(cues.keySet());
    boolean ended = false;
    for (EvidenceKind kind : order) {
      if (!kinds.contains(kind)) {
        ended = true;
      } else if (ended) {
        return false;
      }
    }
    return true;
  }

  /** Whether the issue carries unmistakable PTM evidence (what a project's share is counted from). */
  public boolean hasStrongEvidence(IssueDocument document) {
    for (Map.Entry<EvidenceKind, CueSet> kind : cues.entrySet()) {
      if (!kind.getKey().contextual() && !kind.getValue().hits(document, weights).isEmpty()) {
        return true;
      }
    }
    return !modelIds(document).isEmpty();
  }

  /** The evidence of an issue in its project and the score it adds up to. */
  public record Assessment(double score, Map<EvidenceKind, List<CueHit>> evidence, ProjectContext project) {
  }

  public Assessment assess(IssueDocument document, ProjectContext project) {
    Map<EvidenceKind, List<CueHit>> evidence = evidence(document);
    double factor = settings.contextFactor(project.reuse());
    double score = 0;
    for (Map.Entry<EvidenceKind, List<CueHit>> kind : evidence.entrySet()) {
      double weight = settings.evidenceWeight(kind.getKey()) * (kind.getKey().contextual() ? factor : 1);
      score += weight * CueSet.score(kind.getValue());
    }
    return new Assessment(score, evidence, project);
  }

  /** {@code true} or {@code false} with a confidence and the evidence that counted. */
  public ScoredCode decide(IssueDocument document, ProjectContext project) {
    return decide(assess(document, project));
  }

  public ScoredCode decide(Assessment assessment) {
    double score = assessment.score();
    List<String> shown = new ArrayList<>();
    assessment.evidence().forEach((kind, hits) -> hits.forEach(hit ->
        shown.add(kind.key() + ":" + hit.describe().substring(hit.label().length() + 1))));
    boolean ptm = score >= settings.ptmThreshold();
    double certainty = score / (score + settings.ptmThreshold());
    double confidence = ptm ? certainty : 1 - certainty;
    String evidence = "score " + round(score) + " (" + assessment.project().describe() + ")"
        + (shown.isEmpty() ? ": no PTM evidence" : ": " + String.join("; ", shown));
    return new ScoredCode(Boolean.toString(ptm), round(confidence), evidence);
  }

  // Id-shaped strings of the segments that count, looked up among the store's models.
  private List<CueHit> modelIds(IssueDocument document) {
    if (knownModels.isEmpty()) {
      return List.of();
    }
    Map<String, Segment> where = new java.util.LinkedHashMap<>();
    for (Segment segment : document.segments()) {
      if (weights.of(segment) > 0) {
        for (String candidate : KnownModels.candidates(segment.text())) {
          Segment before = where.get(candidate);
          if (before == null || weights.of(before) < weights.of(segment)) {
            where.put(candidate, segment);
          }
        }
      }
    }
    Set<String> known = new TreeSet<>(knownModels.known(where.keySet()));
    List<CueHit> hits = new ArrayList<>();
    for (String id : known) {
      Segment segment = where.get(id);
      hits.add(new CueHit("model-id", id, segment.part().key() + "/" + segment.kind().key(), id, weights.of(segment)));
    }
    return hits;
  }

  static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
