package io.hfmine.analyzers.issues.classifier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueText;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class NeighbourLabelsTest {
  private static final List<PreparedIssue> ISSUES = new ArrayList<>();
  private static final List<Annotation> GOLD = new ArrayList<>();

  // Two-dimensional "title" and "opening" halves: an issue at angle a has both halves at (cos a, sin a),
  // so the similarity of two issues is the cosine of the angle between them.
  private static void labelled(String repository, int number, double degrees, Boolean ptm, String theme, String subTheme) {
    IssueId id = new IssueId(repository, number);
    float c = (float) Math.cos(Math.toRadians(degrees));
    float s = (float) Math.sin(Math.toRadians(degrees));
    ISSUES.add(new PreparedIssue(new IssueText(id, "t", "b", null, null, null), List.of(), new float[] {c, s, 3 * c, 3 * s},
        new double[0]));
    GOLD.add(new Annotation(id, "gold", ptm, theme == null ? null : List.of(theme), subTheme == null ? null : List.of(subTheme),
        null));
  }

  static {
    labelled("a/near", 1, 0, true, "RC", "RC.DOWNLOAD");
    labelled("a/near", 2, 10, true, "RC", "RC.MISSING");
    labelled("b/other", 3, 20, false, null, null);
    labelled("b/other", 4, 30, true, "PQ", "PQ.OUT");
    labelled("c/far", 5, 90, false, null, null);
    labelled("c/far", 6, 100, null, null, null);
  }

  private static double feature(NeighbourLabels neighbours, double[] x, String name) {
    return x[neighbours.names().indexOf(NeighbourLabels.PREFIX + name)];
  }

  private static float[] at(double degrees) {
    float c = (float) Math.cos(Math.toRadians(degrees));
    float s = (float) Math.sin(Math.toRadians(degrees));
    return new float[] {c, s, c, s};
  }

  @Test
  void theRelevanceShareIsTheSimilarityWeightedShareOfPtmRelatedNeighbours() {
    NeighbourLabels neighbours = NeighbourLabels.of(2, ClassifierFixtures.TAXONOMY, ISSUES, GOLD);

    double[] x = neighbours.features("z/new", at(15));

    // The two nearest annotated issues are #2 (5 degrees away, PTM-related) and #3 (5 degrees, not):
    // equally similar, so half.
    assertThat(feature(neighbours, x, "ptm-share")).isCloseTo(0.5, within(1e-6));
    assertThat(feature(neighbours, x, "similarity")).isCloseTo(Math.cos(Math.toRadians(5)), within(1e-6));
  }

  @Test
  void anIssueNeverHasANeighbourInItsOwnRepository() {
    NeighbourLabels neighbours = NeighbourLabels.of(1, ClassifierFixtures.TAXONOMY, ISSUES, GOLD);

    // At 5 degrees the nearest issues are #1 and #2 of a/near; for an issue of a/near the nearest
    // allowed one is #3 of b/other, which is not PTM-related.
    assertThat(feature(neighbours, neighbours.features("x/elsewhere", at(5)), "ptm-share")).isEqualTo(1.0);
    assertThat(feature(neighbours, neighbours.features("a/near", at(5)), "ptm-share")).isEqualTo(0.0);
  }

  @Test
  void themeSharesComeFromTheNearestPtmRelatedNeighboursOnly() {
    NeighbourLabels neighbours = NeighbourLabels.of(2, ClassifierFixtures.TAXONOMY, ISSUES, GOLD);

    // From b/other at 12 degrees the nearest PTM-related issues of other repositories are #2 (2 degrees
    // away) and #1 (12 degrees); the not-PTM-related #3 and b/other's own #4 give no theme.
    double[] x = neighbours.features("b/other", at(12));

    assertThat(feature(neighbours, x, "theme~RC")).isCloseTo(1.0, within(1e-9));
    assertThat(feature(neighbours, x, "theme~PQ")).isEqualTo(0.0);
    double near = Math.cos(Math.toRadians(2));
    double far = Math.cos(Math.toRadians(12));
    assertThat(feature(neighbours, x, "sub-theme~RC.MISSING")).isCloseTo(near / (near + far), within(1e-6));
    assertThat(feature(neighbours, x, "sub-theme~RC.DOWNLOAD")).isCloseTo(far / (near + far), within(1e-6));
  }

  @Test
  void aTrainedModelReadsTheNeighbourFeaturesAfterItsOwnKnowledgeFeatures() {
    NeighbourLabels neighbours = NeighbourLabels.of(3, ClassifierFixtures.TAXONOMY, ISSUES, GOLD);
    PreparedIssue issue = new PreparedIssue(new IssueText(new IssueId("z/new", 1), "t", "b", null, null, null), List.of(),
        at(40), new double[] {7, 8});

    double[] both = NeighbourLabels.extended(issue, neighbours);

    assertThat(both).hasSize(2 + neighbours.names().size());
    assertThat(both[0]).isEqualTo(7);
    assertThat(both[2]).isEqualTo(neighbours.features("z/new", at(40))[0]);
  }
}
