package io.hfmine.finetune.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import java.util.List;
import org.junit.jupiter.api.Test;

class FeatureScalingTest {

  @Test
  void centresEachFeatureOnItsMeanAndDividesByItsSpread() {
    FeatureScaling scaling = FeatureScaling.of(List.of(new double[] {1, 10}, new double[] {3, 10}), 2);

    float[] scaled = scaling.apply(new double[] {3, 12});

    assertThat((double) scaled[0]).isCloseTo(1.0, offset(1e-6));
    assertThat((double) scaled[1]).as("never varied in training: divided by 1").isCloseTo(2.0, offset(1e-6));
  }

  @Test
  void aRowOfAnotherWidthIsRefused() {
    FeatureScaling scaling = FeatureScaling.of(List.of(new double[] {1, 2}), 2);

    assertThatThrownBy(() -> scaling.apply(new double[] {1})).hasMessageContaining("1 features").hasMessageContaining("reads 2");
  }
}
