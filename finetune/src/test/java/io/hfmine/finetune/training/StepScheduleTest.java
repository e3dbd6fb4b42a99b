package io.hfmine.finetune.training;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.data.Offset.offset;

import org.junit.jupiter.api.Test;

class StepScheduleTest {

  @Test
  void risesOverTheWarmupThenFallsToNothingAtTheLastStep() {
    StepSchedule schedule = new StepSchedule(100, 0.1);

    assertThat(schedule.factor(0)).isCloseTo(0.1, offset(1e-12));
    assertThat(schedule.factor(9)).isCloseTo(1.0, offset(1e-12));
    assertThat(schedule.factor(10)).isCloseTo(1.0, offset(1e-12));
    assertThat(schedule.factor(55)).isCloseTo(0.5, offset(1e-12));
    assertThat(schedule.factor(99)).isCloseTo(1 / 90.0, offset(1e-12));
    assertThat(schedule.factor(100)).isZero();
  }

  @Test
  void withoutWarmupTheFirstStepIsFull() {
    assertThat(new StepSchedule(10, 0.0).factor(0)).isEqualTo(1.0);
  }

  @Test
  void aScheduleOfNoStepsIsRefused() {
    assertThatThrownBy(() -> new StepSchedule(0, 0.1)).hasMessageContaining("at least one step");
  }
}
