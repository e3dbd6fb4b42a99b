package io.hfmine.finetune.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class FineTuneSettingsTest {

  @Test
  void changesOnlyTheNamedSettings() {
    FineTuneSettings changed = FineTuneSettings.defaults().with("epochs=10, encoder-learning-rate=5e-5");

    assertThat(changed.epochs()).isEqualTo(10);
    assertThat(changed.encoderLearningRate()).isEqualTo(5e-5);
    assertThat(changed.batchSize()).isEqualTo(FineTuneSettings.defaults().batchSize());
  }

  @Test
  void refusesUnknownKeysAndNonNumbersByName() {
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("epoch=3"))
        .hasMessageContaining("'epoch'").hasMessageContaining("epochs, batch-size");
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("epochs=many")).hasMessageContaining("epochs").hasMessageContaining("'many'");
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("epochs")).hasMessageContaining("not key=value");
  }

  @Test
  void refusesValuesOutsideTheirRange() {
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("max-tokens=600")).hasMessageContaining("max-tokens").hasMessageContaining("512");
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("threshold-share=1")).hasMessageContaining("threshold-share");
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("head-learning-rate=0")).hasMessageContaining("head-learning-rate");
    assertThatThrownBy(() -> FineTuneSettings.defaults().with("warmup-share=1.5")).hasMessageContaining("warmup-share");
  }
}
