package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.web.LeastRecentlyUsed;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The evaluation panel's bootstrap intervals ({@link EvaluationIntervals}, the command's resamples
 * and seed), computed once per state of what they stand on: the gold annotations scored and the
 * method's labels of those issues. Two thousand resamples, each scored in full, cost far more than
 * the rest of the panel, which is rendered on every move through a sample; yet its gold changes
 * only when the reference annotator's labels are saved, and the method's labels never while the
 * server runs. The state itself is the key, so a save that changes the gold is a new state and one
 * that cannot change a figure (a note, another annotator's labels) keeps the held intervals; no
 * write has to be told about. The least recently used go once {@code capacity} are held.
 */
final class HeldIntervals {
  private record State(List<Annotation> gold, Map<IssueId, IssueLabelling> labels) {
  }

  private final Taxonomy taxonomy;
  private final Map<State, EvaluationIntervals> held;
  private int computed;

  HeldIntervals(Taxonomy taxonomy, int capacity) {
    this.taxonomy = taxonomy;
    this.held = LeastRecentlyUsed.map(capacity);
  }

  /** The intervals of the gold against the method's labels, computed when this state is not held. */
  EvaluationIntervals of(List<Annotation> gold, Map<IssueId, IssueLabelling> predicted) {
    // Only the gold issues' labels are scored: labels of issues nobody annotated yet are not part of the state.
    Map<IssueId, IssueLabelling> labels = new HashMap<>();
    gold.forEach(a -> labels.put(a.issue(), predicted.get(a.issue())));
    State state = new State(List.copyOf(gold), labels);
    synchronized (this) {
      EvaluationIntervals intervals = held.get(state);
      if (intervals != null) {
        return intervals;
      }
    }
    // Outside the lock: another sample's panel need not wait for these resamples.
    EvaluationIntervals intervals = EvaluationIntervals.of(taxonomy, state.gold(), labels,
        EvaluationIntervals.DEFAULT_RESAMPLES, EvaluationIntervals.DEFAULT_SEED, EvaluationIntervals.DEFAULT_CONFIDENCE);
    synchronized (this) {
      held.put(state, intervals);
      computed++;
    }
    return intervals;
  }

  /** How many times intervals were computed rather than taken from those held. */
  synchronized int computed() {
    return computed;
  }
}
