package io.hfmine.analyzers.stats.resolution;

import io.hfmine.analyzers.stats.Figures;
import java.util.Locale;

/** What the issue-type balance check means for the PTM vs non-PTM comparison, in a sentence. */
public final class TypeBalanceReading {
  private TypeBalanceReading() {
  }

  public static String of(StudyTest check, double alpha) {
    if (!check.ran()) {
      return "the issue-type balance could not be checked (" + check.note() + "), so a difference in resolution "
          + "time cannot be told apart from a difference in the mix of bugs, questions and enhancements.";
    }
    String p = Figures.pValue(check.pValue());
    if (check.pValue() < alpha) {
      return String.format(Locale.ROOT, "the issue types are not balanced between the PTM and non-PTM samples "
          + "(chi-square p = %s < %s): the groups differ in their mix of issue types as well as in PTM involvement, "
          + "so part of any difference in resolution time may come from the type mix (e.g. questions close sooner "
          + "than bugs); the Mann-Whitney result is not evidence about PTMs alone, compare within each issue type "
          + "before attributing it to PTMs.", p, Figures.number(alpha));
    }
    return String.format(Locale.ROOT, "no evidence that the issue types are unbalanced between the PTM and non-PTM "
        + "samples (chi-square p = %s >= %s); this does not prove balance, but the type mix is an unlikely "
        + "explanation of a difference in resolution time.", p, Figures.number(alpha));
  }
}
