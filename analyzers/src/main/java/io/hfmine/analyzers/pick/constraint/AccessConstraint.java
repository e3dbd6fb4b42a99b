package io.hfmine.analyzers.pick.constraint;

import java.util.List;
import java.util.Set;

/**
 * How freely the weights can be fetched: {@code public} (no gate), {@code no-manual-approval}
 * (public or an automatic gate that only asks to accept terms) or {@code any}.
 */
public final class AccessConstraint implements Constraint {
  public static final String FAMILY = "access";
  private static final List<String> LEVELS = List.of("public", "no-manual-approval", "any");

  private final String level;
  private final Set<String> allowed;

  public AccessConstraint(String level) {
    this.level = level == null ? "" : level.strip();
    this.allowed = switch (this.level) {
      case "public" -> Set.of("public");
      case "no-manual-approval" -> Set.of("public", "gated-auto");
      case "any" -> Set.of("public", "gated-auto", "gated-manual", "private");
      default -> throw new IllegalArgumentException("access must be one of " + String.join(", ", LEVELS)
          + ", not '" + level + "'");
    };
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String describe() {
    return "access " + level;
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    if (model.access() == null) {
      return Check.Outcome.UNKNOWN;
    }
    return allowed.contains(model.access()) ? Check.Outcome.PASS : Check.Outcome.FAIL;
  }

  @Override
  public Check check(ModelFacts model) {
    if (model.access() == null) {
      return Check.unknown(FAMILY, "access is not known");
    }
    return allowed.contains(model.access()) ? Check.pass(FAMILY, model.access())
        : Check.fail(FAMILY, model.access() + " does not meet access " + level);
  }
}
