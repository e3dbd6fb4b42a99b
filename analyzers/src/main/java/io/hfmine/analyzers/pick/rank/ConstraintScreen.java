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
 * family's on-unknown policy is {@code remove}; it is demoted (kept, ranked after the models that
 * pass) when it is unknown and the policy is {@code demote}.
 */
public final class ConstraintScreen {
  private final List<Constraint> constraints;
  private final ConstraintSettings settings;

  public ConstraintScreen(List<Constraint> constraints, ConstraintSettings settings) {
    this.constraints = List.copyOf(constraints);
    this.settings = settings;
  }

  /**
   * The models that stay, those of them that are demoted, and the removals per family (a model
   * failing two families counts in both).
   */
  public record Screening(BitSet allowed, BitSet demoted, int catalog, Map<String, Integer> removedByFamily) {
    public int kept() {
      return allowed.cardinality();
    }
  }

  public Screening screen(PickIndex index) {
    BitSet allowed = new BitSet(index.size());
    BitSet demoted = new BitSet(index.size());
    Map<String, Integer> removed = new LinkedHashMap<>();
    constraints.forEach(constraint -> removed.put(constraint.family(), 0));
    for (int ordinal = 0; ordinal < index.size(); ordinal++) {
      boolean keep = true;
      boolean demote = false;
      for (Constraint constraint : constraints) {
        Check.Outcome outcome = constraint.outcome(index.facts(ordinal));
        if (removes(constraint.family(), outcome)) {
          removed.merge(constraint.family(), 1, Integer::sum);
          keep = false;
        } else if (outcome == Check.Outcome.UNKNOWN && settings.demotesUnknown(constraint.family())) {
          demote = true;
        }
      }
      if (keep) {
        allowed.set(ordinal);
        if (demote) {
          demoted.set(ordinal);
        }
      }
    }
    return new Screening(allowed, demoted, index.size(), removed);
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
