package io.hfmine.analyzers.pick.constraint;

/** A hard requirement of a request, checked against a model's facts. */
public interface Constraint {
  /** The family, also the attribute it reads: license, parameters, weights-size, languages ... */
  String family();

  /** The requirement in words, e.g. "licence fits commercial-closed-source". */
  String describe();

  Check check(ModelFacts model);
}
