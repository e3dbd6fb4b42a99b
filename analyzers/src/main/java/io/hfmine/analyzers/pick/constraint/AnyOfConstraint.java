package io.hfmine.analyzers.pick.constraint;

import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The model must offer at least one of the listed values: a framework or weight format
 * ({@code frameworks: [pytorch, onnx]}) or a library ({@code library: [transformers]}).
 */
public final class AnyOfConstraint implements Constraint {
  public static final String FRAMEWORKS = "frameworks";
  public static final String LIBRARY = "library";

  private final String family;
  private final Set<String> accepted;
  private final Function<ModelFacts, Set<String>> values;
  private final Map<Set<String>, Check.Outcome> outcomes = new IdentityHashMap<>();

  private AnyOfConstraint(String family, List<String> accepted, Function<ModelFacts, Set<String>> values) {
    if (accepted.isEmpty()) {
      throw new IllegalArgumentException(family + " needs at least one value");
    }
    this.family = family;
    this.accepted = new LinkedHashSet<>(accepted.stream().map(value -> value.strip().toLowerCase(Locale.ROOT)).toList());
    this.values = values;
  }

  public static AnyOfConstraint frameworks(List<String> accepted) {
    return new AnyOfConstraint(FRAMEWORKS, accepted, ModelFacts::frameworks);
  }

  public static AnyOfConstraint library(List<String> accepted) {
    return new AnyOfConstraint(LIBRARY, accepted, ModelFacts::libraries);
  }

  @Override
  public String family() {
    return family;
  }

  @Override
  public String describe() {
    return family + " one of " + String.join(", ", accepted);
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    // An open index shares equal sets (ModelFacts.sharing), so the outcome is worked out once per set.
    return outcomes.computeIfAbsent(values.apply(model), this::outcomeOf);
  }

  private Check.Outcome outcomeOf(Set<String> offered) {
    if (offered.isEmpty()) {
      return Check.Outcome.UNKNOWN;
    }
    for (String value : offered) {
      if (accepted.contains(value)) {
        return Check.Outcome.PASS;
      }
    }
    return Check.Outcome.FAIL;
  }

  @Override
  public Check check(ModelFacts model) {
    Set<String> offered = values.apply(model);
    if (offered.isEmpty()) {
      return Check.unknown(family, "states no " + family);
    }
    for (String value : offered) {
      if (accepted.contains(value)) {
        return Check.pass(family, "offers " + value);
      }
    }
    return Check.fail(family, "offers " + String.join(", ", offered) + ", none of " + String.join(", ", accepted));
  }
}
