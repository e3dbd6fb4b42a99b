package io.hfmine.analyzers.issues.sampling;

/** The two strata of a PTM-enriched sample. */
public enum Stratum {
  /** Issues whose own text (title and body) carries PTM evidence: {@link PtmPrescreen}. */
  P,
  /** The other issues, drawn at random so the sample still estimates the population. */
  R
}
