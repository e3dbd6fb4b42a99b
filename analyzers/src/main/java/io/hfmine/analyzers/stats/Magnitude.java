package io.hfmine.analyzers.stats;

/** Conventional magnitude labels of effect sizes. */
public enum Magnitude {
  NEGLIGIBLE, SMALL, MEDIUM, LARGE;

  /** Cliff's |δ| with Romano et al.'s thresholds: 0.147, 0.33, 0.474. */
  public static Magnitude ofCliffsDelta(double delta) {
    double d = Math.abs(delta);
    return d < 0.147 ? NEGLIGIBLE : d < 0.33 ? SMALL : d < 0.474 ? MEDIUM : LARGE;
  }

  /** Vargha and Delaney's A12 thresholds on max(A, 1 − A): 0.56, 0.64, 0.71. */
  public static Magnitude ofA12(double a12) {
    double a = Math.max(a12, 1 - a12);
    return a < 0.56 ? NEGLIGIBLE : a < 0.64 ? SMALL : a < 0.71 ? MEDIUM : LARGE;
  }

  /** Share of variance explained (ε², η²) with Cohen's thresholds: 0.01, 0.06, 0.14. */
  public static Magnitude ofVarianceExplained(double share) {
    return share < 0.01 ? NEGLIGIBLE : share < 0.06 ? SMALL : share < 0.14 ? MEDIUM : LARGE;
  }

  public String label() {
    return name().toLowerCase(java.util.Locale.ROOT);
  }
}
