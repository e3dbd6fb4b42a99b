package io.hfmine.analyzers.stats;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EffectSizeTest {

  @Test
  void a12CountsTiesAsHalves() {
    // x = {1, 2}, y = {1}: pairs (1,1) tie, (2,1) win → A12 = (1 + 0.5)/2 = 0.75.
    DominanceEffect effect = DominanceEffect.of(MannWhitneyU.test(new double[] {1, 2}, new double[] {1}, Alternative.GREATER));
    assertThat(effect.a12()).isEqualTo(0.75);
    assertThat(effect.cliffsDelta()).isEqualTo(0.5);
  }

  @Test
  void cliffsDeltaMagnitudesFollowRomano() {
    assertThat(Magnitude.ofCliffsDelta(0.146)).isEqualTo(Magnitude.NEGLIGIBLE);
    assertThat(Magnitude.ofCliffsDelta(-0.147)).isEqualTo(Magnitude.SMALL);
    assertThat(Magnitude.ofCliffsDelta(0.33)).isEqualTo(Magnitude.MEDIUM);
    assertThat(Magnitude.ofCliffsDelta(0.474)).isEqualTo(Magnitude.LARGE);
  }

  @Test
  void a12MagnitudesAreSymmetricAroundOneHalf() {
    assertThat(Magnitude.ofA12(0.55)).isEqualTo(Magnitude.NEGLIGIBLE);
    assertThat(Magnitude.ofA12(0.37)).isEqualTo(Magnitude.SMALL);
    assertThat(Magnitude.ofA12(0.70)).isEqualTo(Magnitude.MEDIUM);
    assertThat(Magnitude.ofA12(0.29)).isEqualTo(Magnitude.LARGE);
  }

  @Test
  void bootstrapIntervalIsReproducibleFromItsSeedAndBracketsTheMedian() {
    double[] sample = {0, 1, 1, 2, 3, 5, 8, 13, 21, 34, 55};
    BootstrapMedianInterval first = BootstrapMedianInterval.of(sample, 0.95, 2000, 7);
    BootstrapMedianInterval again = BootstrapMedianInterval.of(sample, 0.95, 2000, 7);
    assertThat(again).isEqualTo(first);
    assertThat(first.median()).isEqualTo(5.0);
    assertThat(first.low()).isLessThanOrEqualTo(first.median());
    assertThat(first.high()).isGreaterThanOrEqualTo(first.median());
    assertThat(first.low()).isGreaterThanOrEqualTo(0.0);
    assertThat(first.high()).isLessThanOrEqualTo(55.0);
  }

  @Test
  void constantSampleHasADegenerateInterval() {
    BootstrapMedianInterval interval = BootstrapMedianInterval.of(new double[] {4, 4, 4}, 0.95, 100, 1);
    assertThat(interval.low()).isEqualTo(4.0);
    assertThat(interval.high()).isEqualTo(4.0);
  }

  @Test
  void selectionMedianEqualsTheSortedMedianOnRandomSamples() {
    java.util.Random random = new java.util.Random(4);
    for (int n = 1; n < 60; n++) {
      double[] sample = new double[n];
      for (int i = 0; i < n; i++) {
        sample[i] = random.nextInt(8);
      }
      double[] sorted = sample.clone();
      java.util.Arrays.sort(sorted);
      assertThat(BootstrapMedianInterval.median(sample.clone())).isEqualTo(Descriptives.quantile(sorted, 0.5));
    }
  }
}
