package io.hfmine.analyzers.pick.constraint;

/**
 * The outcome of one constraint on one model, with the reason in words.
 *
 * @param family the constraint family (license, parameters, languages ...), which is also the
 *     template attribute it reads
 */
public record Check(String family, Outcome outcome, String reason) {
  /** How a model fared. */
  public enum Outcome {
    /** Fits. */
    PASS,
    /** Fits under conditions the reason states (e.g. a licence's use restrictions). */
    CONDITIONAL,
    /** Does not fit: the model is removed. */
    FAIL,
    /** The model does not say; the on-unknown policy of the family decides. */
    UNKNOWN;

    public String key() {
      return name().toLowerCase(java.util.Locale.ROOT);
    }
  }

  public static Check pass(String family, String reason) {
    return new Check(family, Outcome.PASS, reason);
  }

  public static Check fail(String family, String reason) {
    return new Check(family, Outcome.FAIL, reason);
  }

  public static Check unknown(String family, String reason) {
    return new Check(family, Outcome.UNKNOWN, reason);
  }

  public static Check conditional(String family, String reason) {
    return new Check(family, Outcome.CONDITIONAL, reason);
  }
}
