package io.hfmine.analyzers.pick.constraint;

/** The model's parameter count or weights size must lie within limits. */
public final class SizeConstraint implements Constraint {
  public static final String PARAMETERS = "parameters";
  public static final String WEIGHTS = "weights-size";

  private final String family;
  private final Double min;
  private final Double max;

  public SizeConstraint(String family, Double min, Double max) {
    if (!family.equals(PARAMETERS) && !family.equals(WEIGHTS)) {
      throw new IllegalArgumentException("size constraints are on parameters or weights-size, not " + family);
    }
    if (min == null && max == null) {
      throw new IllegalArgumentException(family + " needs a min or a max");
    }
    this.family = family;
    this.min = min;
    this.max = max;
  }

  @Override
  public String family() {
    return family;
  }

  @Override
  public String describe() {
    String bound = (min == null ? "" : "at least " + format(min)) + (min != null && max != null ? " and " : "")
        + (max == null ? "" : "at most " + format(max));
    return family + " " + bound;
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    Double value = family.equals(PARAMETERS) ? model.parameters() : model.weightsBytes();
    if (value == null) {
      return Check.Outcome.UNKNOWN;
    }
    return max != null && value > max || min != null && value < min ? Check.Outcome.FAIL : Check.Outcome.PASS;
  }

  @Override
  public Check check(ModelFacts model) {
    Double value = family.equals(PARAMETERS) ? model.parameters() : model.weightsBytes();
    if (value == null) {
      return Check.unknown(family, family.equals(PARAMETERS) ? "the model's parameter count is not known"
          : "the model's weights size is not known (no safetensors metadata)");
    }
    String shown = format(value) + (family.equals(PARAMETERS) && model.parametersEvidence() != null
        ? " from " + model.parametersEvidence() : "");
    if (max != null && value > max) {
      return Check.fail(family, shown + " is above the limit of " + format(max));
    }
    if (min != null && value < min) {
      return Check.fail(family, shown + " is below the minimum of " + format(min));
    }
    return Check.pass(family, shown);
  }

  private String format(double value) {
    return family.equals(PARAMETERS) ? Quantities.formatCount(value) + " parameters" : Quantities.formatBytes(value);
  }
}
