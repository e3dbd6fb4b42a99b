package io.hfmine.analyzers.pick.constraint;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** The model must read (input-format) or produce (output-format) every listed format: the modality check. */
public final class FormatConstraint implements Constraint {
  public static final String INPUT = "input-format";
  public static final String OUTPUT = "output-format";

  private final String family;
  private final Set<String> required;
  private final Map<Set<String>, Check.Outcome> outcomes = new IdentityHashMap<>();

  public FormatConstraint(String family, List<String> formats) {
    if (!family.equals(INPUT) && !family.equals(OUTPUT)) {
      throw new IllegalArgumentException("format constraints are on input-format or output-format, not " + family);
    }
    if (formats.isEmpty()) {
      throw new IllegalArgumentException(family + " needs at least one format");
    }
    this.family = family;
    this.required = new LinkedHashSet<>(formats.stream().map(format -> format.strip().toLowerCase(Locale.ROOT)).toList());
  }

  @Override
  public String family() {
    return family;
  }

  @Override
  public String describe() {
    return (family.equals(INPUT) ? "reads " : "produces ") + String.join(", ", required);
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    // An open index shares equal sets (ModelFacts.sharing), so the outcome is worked out once per set.
    return outcomes.computeIfAbsent(family.equals(INPUT) ? model.inputFormats() : model.outputFormats(), this::outcomeOf);
  }

  private Check.Outcome outcomeOf(Set<String> formats) {
    if (formats.isEmpty()) {
      return Check.Outcome.UNKNOWN;
    }
    return formats.containsAll(required) ? Check.Outcome.PASS : Check.Outcome.FAIL;
  }

  @Override
  public Check check(ModelFacts model) {
    Set<String> formats = family.equals(INPUT) ? model.inputFormats() : model.outputFormats();
    if (formats.isEmpty()) {
      return Check.unknown(family, "its task does not say what it " + (family.equals(INPUT) ? "reads" : "produces"));
    }
    List<String> missing = new ArrayList<>(required);
    missing.removeAll(formats);
    String verb = family.equals(INPUT) ? "reads " : "produces ";
    return missing.isEmpty() ? Check.pass(family, verb + String.join(", ", formats))
        : Check.fail(family, verb + String.join(", ", formats) + ", not " + String.join(", ", missing));
  }
}
