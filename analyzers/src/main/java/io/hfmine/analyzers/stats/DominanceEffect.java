package io.hfmine.analyzers.stats;

/**
 * Vargha-Delaney A12 and Cliff's δ of a first sample over a second.
 *
 * @param a12 P(X &gt; Y) + ½·P(X = Y) = U1/(n1·n2)
 * @param cliffsDelta P(X &gt; Y) − P(X &lt; Y) = 2·A12 − 1
 */
public record DominanceEffect(double a12, double cliffsDelta) {

  /** From a Mann-Whitney result, whose U1 already counts ties as halves. */
  public static DominanceEffect of(MannWhitneyResult result) {
    double a12 = result.u1() / ((double) result.n1() * result.n2());
    return new DominanceEffect(a12, 2 * a12 - 1);
  }

  public Magnitude a12Magnitude() {
    return Magnitude.ofA12(a12);
  }

  public Magnitude cliffsDeltaMagnitude() {
    return Magnitude.ofCliffsDelta(cliffsDelta);
  }
}
