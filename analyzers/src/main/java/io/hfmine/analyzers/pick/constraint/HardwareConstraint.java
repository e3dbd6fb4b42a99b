package io.hfmine.analyzers.pick.constraint;

/**
 * The model must fit a hardware profile's memory: its weights (from safetensors, else its
 * parameter count times the configured bytes per parameter) times an overhead factor for
 * activations and runtime.
 */
public final class HardwareConstraint implements Constraint {
  public static final String FAMILY = "hardware";

  private final String profile;
  private final double memoryBytes;
  private final double bytesPerParameter;
  private final double overhead;

  public HardwareConstraint(String profile, double memoryBytes, double bytesPerParameter, double overhead) {
    this.profile = profile;
    this.memoryBytes = memoryBytes;
    this.bytesPerParameter = bytesPerParameter;
    this.overhead = overhead;
  }

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String describe() {
    return "fits " + profile + " (" + Quantities.formatBytes(memoryBytes) + ")";
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    Double weights = model.weightsBytes() != null ? model.weightsBytes()
        : model.parameters() != null ? model.parameters() * bytesPerParameter : null;
    if (weights == null) {
      return Check.Outcome.UNKNOWN;
    }
    return weights * overhead <= memoryBytes ? Check.Outcome.PASS : Check.Outcome.FAIL;
  }

  @Override
  public Check check(ModelFacts model) {
    double weights;
    String basis;
    if (model.weightsBytes() != null) {
      weights = model.weightsBytes();
      basis = Quantities.formatBytes(weights) + " of safetensors weights";
    } else if (model.parameters() != null) {
      weights = model.parameters() * bytesPerParameter;
      basis = Quantities.formatCount(model.parameters()) + " parameters x " + bytesPerParameter + " bytes";
    } else {
      return Check.unknown(FAMILY, "neither weights size nor parameter count is known");
    }
    double needed = weights * overhead;
    String reason = "needs about " + Quantities.formatBytes(needed) + " (" + basis + " x " + overhead + ")";
    return needed <= memoryBytes ? Check.pass(FAMILY, reason + " of " + Quantities.formatBytes(memoryBytes))
        : Check.fail(FAMILY, reason + ", more than the " + Quantities.formatBytes(memoryBytes) + " of " + profile);
  }
}
