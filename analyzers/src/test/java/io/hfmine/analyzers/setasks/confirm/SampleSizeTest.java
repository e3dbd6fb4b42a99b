package io.hfmine.analyzers.setasks.confirm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SampleSizeTest {
  @Test
  void ninetyFivePercentConfidenceAndAFivePercentMarginGiveKrejcieAndMorgansTableRoundedUp() {
    // Krejcie & Morgan (1970), "Determining sample size for research activities", Table 1, which rounds
    // to the nearest whole number; hfmine rounds up so the margin is never exceeded (500: 217.47 -> 218).
    assertThat(SampleSize.of(100, 0.95, 0.05)).isEqualTo(80);
    assertThat(SampleSize.of(500, 0.95, 0.05)).isEqualTo(218);
    assertThat(SampleSize.of(1_000, 0.95, 0.05)).isEqualTo(278);
    assertThat(SampleSize.of(10_000, 0.95, 0.05)).isEqualTo(370);
    assertThat(SampleSize.of(1_000_000, 0.95, 0.05)).isEqualTo(384);
  }

  @Test
  void smallPopulationsAreLabelledWhole() {
    assertThat(SampleSize.of(5, 0.95, 0.05)).isEqualTo(5);
    assertThat(SampleSize.of(0, 0.95, 0.05)).isZero();
  }
}
