package io.hfmine.analyzers.pick.constraint;

/**
 * The bias/safety check: the card must document the model's biases and risks (a bias, risks,
 * ethics or safety section with content, or the LLM pass found them).
 */
public final class RisksDocumentedConstraint implements Constraint {
  public static final String FAMILY = "bias-risks";

  @Override
  public String family() {
    return FAMILY;
  }

  @Override
  public String describe() {
    return "documents biases and risks";
  }

  @Override
  public Check.Outcome outcome(ModelFacts model) {
    return model.documentsRisks() ? Check.Outcome.PASS : Check.Outcome.UNKNOWN;
  }

  @Override
  public Check check(ModelFacts model) {
    return model.documentsRisks() ? Check.pass(FAMILY, "the card documents biases or risks")
        : Check.unknown(FAMILY, "the card documents no biases or risks");
  }
}
