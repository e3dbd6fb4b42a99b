package io.hfmine.analyzers.stats.compare;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.hfmine.analyzers.stats.Alternative;
import io.hfmine.analyzers.stats.MannWhitneyMethod;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;

class GroupComparisonTest {
  private static final ComparisonSettings SETTINGS = new ComparisonSettings(Alternative.GREATER, "late", 0.95, 500, 1);

  private static GroupedValues values(Object... nameThenValues) {
    Map<String, double[]> groups = new LinkedHashMap<>();
    for (int i = 0; i < nameThenValues.length; i += 2) {
      groups.put((String) nameThenValues[i], (double[]) nameThenValues[i + 1]);
    }
    return new GroupedValues("test.csv", groups, 0);
  }

  @Test
  void twoGroupsRunMannWhitneyWithEffectSizes() {
    ComparisonResult result = GroupComparison.compare(
        values("late", new double[] {10, 11, 12}, "early", new double[] {1, 2, 3}), SETTINGS);
    assertThat(result.twoGroups()).isTrue();
    assertThat(result.mannWhitney().u1()).isEqualTo(9);
    assertThat(result.mannWhitney().method()).isEqualTo(MannWhitneyMethod.EXACT);
    assertThat(result.mannWhitney().pValue()).isCloseTo(0.05, within(1e-15));
    assertThat(result.effect().cliffsDelta()).isEqualTo(1.0);
    assertThat(result.groups().get(0).descriptives().median()).isEqualTo(11);
  }

  @Test
  void aOneSidedTestWithoutANamedFirstGroupIsRefusedListingTheGroups() {
    ComparisonSettings unnamed = new ComparisonSettings(Alternative.LESS, null, 0.95, 500, 1);
    assertThatThrownBy(() -> GroupComparison.compare(
        values("late", new double[] {10, 11, 12}, "early", new double[] {1, 2, 3}), unnamed))
        .hasMessageContaining("test.csv: a one-sided alternative (less) needs the group it is about")
        .hasMessageContaining("groups: late, early");
  }

  @Test
  void aOneSidedTestOfMoreThanTwoGroupsIsRefused() {
    ComparisonSettings settings = new ComparisonSettings(Alternative.GREATER, "a", 0.95, 500, 1);
    assertThatThrownBy(() -> GroupComparison.compare(values("a", new double[] {1, 2}, "b", new double[] {4, 5},
        "c", new double[] {7, 8}), settings)).hasMessageContaining("a one-sided alternative (greater) compares two groups");
  }

  @Test
  void moreGroupsRunKruskalWallisAndDunnOverEveryPair() {
    ComparisonResult result = GroupComparison.compare(values("a", new double[] {1, 2, 3}, "b",
        new double[] {4, 5, 6}, "c", new double[] {7, 8, 9}), ComparisonSettings.twoSided(0.95, 500, 1));
    assertThat(result.twoGroups()).isFalse();
    assertThat(result.kruskalWallis().degreesOfFreedom()).isEqualTo(2);
    // Ranks are the values: H = 12/(9·10)·(36 + 225 + 576)/3 − 30 = 7.2.
    assertThat(result.kruskalWallis().h()).isCloseTo(7.2, within(1e-12));
    assertThat(result.dunn()).hasSize(3);
  }

  @Test
  void oneGroupIsAnErrorNamingTheSource() {
    assertThatThrownBy(() -> GroupComparison.compare(values("a", new double[] {1, 2}), SETTINGS))
        .hasMessageContaining("test.csv: 1 group(s) found [a]");
  }

  @Test
  void textOutputStatesTheTestTheDirectionAndTheConventions() {
    ComparisonResult result = GroupComparison.compare(
        values("late", new double[] {10, 11, 12}, "early", new double[] {1, 2, 3}), SETTINGS);
    StringWriter text = new StringWriter();
    ComparisonText.write(result, new PrintWriter(text));
    assertThat(text.toString())
        .contains("Mann-Whitney U, greater: late > early")
        .contains("ran:        scipy.stats.mannwhitneyu(x=late, y=early, alternative='greater', method='auto', "
            + "use_continuity=True) -> exact")
        .contains("hypothesis: one-sided: late tends to be greater than early")
        .contains("U1 = 9  U2 = 0  n1 = 3  n2 = 3  p = 0.05000  (method exact)")
        .contains("Cliff's delta = 1.0000 (large)")
        .contains("scipy.stats.mannwhitneyu");
  }
}
