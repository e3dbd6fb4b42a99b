package io.hfmine.datasets.llm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FailureStreakTest {
  @Test
  void fiveFailuresInARowStopARun() {
    FailureStreak streak = new FailureStreak();

    assertThat(streak.failed()).isFalse();
    assertThat(streak.failed()).isFalse();
    assertThat(streak.failed()).isFalse();
    assertThat(streak.failed()).isFalse();
    assertThat(streak.failed()).isTrue();
  }

  @Test
  void anAnsweredItemStartsTheCountAgain() {
    FailureStreak streak = new FailureStreak();
    for (int i = 0; i < 4; i++) {
      streak.failed();
    }

    streak.answered();

    for (int i = 0; i < 4; i++) {
      assertThat(streak.failed()).as("failure %d after the answered item", i + 1).isFalse();
    }
    assertThat(streak.failed()).isTrue();
  }
}
