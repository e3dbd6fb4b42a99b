package io.hfmine.analyzers.pick.rank;

import io.hfmine.analyzers.pick.constraint.Check;
import io.hfmine.analyzers.pick.constraint.Constraint;
import io.hfmine.analyzers.pick.constraint.ConstraintSettings;
import io.hfmine.analyzers.pick.constraint.ModelFacts;
import io.hfmine.analyzers.pick.index.PickIndex;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Checks a request's constraints on every model of the index: which models stay, and how many
 * each family removed. A model is removed when a check fails, or when it is unknown and the
 * family's on-unknown policy is {@code remove}.
 */
public final class ConstraintScreen {
  private final List<Constraint> constraints;
  private final ConstraintSettings settings;

  public ConstraintScreen(List<Constraint> constraints, ConstraintSettings settings) {
    this.constraints = List.copyOf(constraints);
    this.settings = settings;
  }

  /** The models that stay and the removals per family (a model failing two families counts in both). */
  public record Screening(BitSet allowed, int catalog, Map<String, Integer> removedByFamily) {
    public int kept() {
      return allowed.cardinality();
    }
  }

  public Screening screen(PickIndex index) {
    BitSet allowed = new BitSet(index.size());
    Map<String, Integer> removed = new LinkedHashMap<>();
    constraints.forEach(constraint -> removed.put(constraint.family(), 0));
    for (int ordinal = 0; ordinal < index.size(); ordinal++) {
      boolean keep = true;
      for (Constraint constraint : constraints) {
        if (removes(constraint.family(), constraint.outcome(index.facts(ordinal)))) {
          removed.merge(constraint.family(), 1, Integer::sum);
          keep = false;
        }
      }
      if (keep) {
        allowed.set(ordinal);
      }
    }
    return new Screening(allowed, index.size(), removed);
  }

  /** Every check of a model, in request order. */
  public List<Check> checks(ModelFacts model) {
    List<Check> checks = new ArrayList<>(constraints.size());
    constraints.forEach(constraint -> checks.add(constraint.check(model)));
    return checks;
  }

  /** Whether a check removes its model. */
  public boolean removes(Check check) {
    return removes(check.family(), check.outcome());
  }

  private boolean removes(String family, Check.Outcome outcome) {
    return outcome == Check.Outcome.FAIL || outcome == Check.Outcome.UNKNOWN && settings.removesUnknown(family);
  }
}
