package io.hfmine.analyzers.pick.constraint;

/** A hard requirement of a request, checked against a model's facts. */
public interface Constraint {
  /** The family, also the attribute it reads: license, parameters, weights-size, languages ... */
  String family();

  /** The requirement in words, e.g. "licence fits commercial-closed-source". */
  String describe();

  /** The check with its reason in words: for the models an answer shows. */
  Check check(ModelFacts model);

  /**
   * Only the outcome: what screening the whole catalog needs, without building the reason. A
   * family overrides it when its reason costs more than its test.
   */
  default Check.Outcome outcome(ModelFacts model) {
    return check(model).outcome();
  }
}
