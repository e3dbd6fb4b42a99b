package io.hfmine.analyzers.stats;

import java.util.List;

/** The conventions every hfmine statistic follows, printed beside results so readers can check them. */
public final class Conventions {
  /** One line per convention; shown in command output, JSON and the report. */
  public static final List<String> SCIPY = List.of(
      "Mann-Whitney U as scipy.stats.mannwhitneyu with method='auto' and use_continuity=True; "
          + "the alternative is stated with each result (SciPy's default is two-sided): U is the first group's U1 = R1 - n1(n1+1)/2; "
          + "method auto = exact when no ties and a group has n <= 8, else normal approximation "
          + "with tie and continuity correction",
      "Kruskal-Wallis H as scipy.stats.kruskal: tie-corrected, p from chi-square with k-1 df",
      "Dunn's post-hoc as scikit-posthocs posthoc_dunn(p_adjust='holm'): tie-corrected z, "
          + "two-sided p, Holm over all pairs",
      "chi-square as scipy.stats.chi2_contingency: Yates' correction only when dof = 1",
      "A12 = U1/(n1 n2) (Vargha-Delaney; 0.56/0.64/0.71), Cliff's delta = 2 A12 - 1 "
          + "(Romano et al.; 0.147/0.33/0.474), epsilon-squared = H/(N-1) (Cohen; 0.01/0.06/0.14)",
      "quartiles and medians interpolate linearly (numpy.percentile default); "
          + "median confidence intervals are seeded percentile bootstraps");

  private Conventions() {
  }
}
