package io.hfmine.analyzers.stats.resolution;

import java.util.List;

/**
 * One test of the study, in the shape it is stored and reported. When the data do not allow the
 * test (e.g. a single theme), statistic and p are null and {@code note} says why.
 *
 * @param dayCounting how the resolution times it tested were counted ({@link DayCounting#label()});
 *     null for a test that uses no times (the issue-type balance check)
 */
public record StudyTest(String id, String test, String subject, long n, int groups, Double statistic,
    Integer degreesOfFreedom, Double pValue, String method, String alternative, String note,
    List<EffectSize> effectSizes, List<PairwiseComparison> posthoc, String dayCounting) {

  public StudyTest {
    effectSizes = List.copyOf(effectSizes);
    posthoc = List.copyOf(posthoc);
  }

  static StudyTest notRun(String id, String test, String subject, long n, int groups, String why) {
    return new StudyTest(id, test, subject, n, groups, null, null, null, null, null, why, List.of(), List.of(), null);
  }

  /** This test on times counted {@code counting}, under {@code newId}. */
  StudyTest counted(String newId, DayCounting counting) {
    return new StudyTest(newId, test, subject, n, groups, statistic, degreesOfFreedom, pValue, method, alternative,
        note, effectSizes, posthoc, counting.label());
  }

  public boolean ran() {
    return pValue != null;
  }
}
