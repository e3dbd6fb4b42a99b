package io.hfmine.analyzers.stats.resolution;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;

class DayCountingTest {
  private static final Instant LATE_EVENING = Instant.parse("2024-01-01T23:30:00Z");

  @Test
  void closedTheSameUtcDayIsZeroDays() {
    assertThat(DayCounting.CALENDAR.days(Instant.parse("2024-01-01T00:01:00Z"), LATE_EVENING)).isZero();
  }

  @Test
  void calendarCountsMidnightsCrossedInUtc() {
    assertThat(DayCounting.CALENDAR.days(LATE_EVENING, Instant.parse("2024-01-02T00:10:00Z"))).isEqualTo(1);
  }

  @Test
  void elapsedCountsWhole24HourPeriods() {
    assertThat(DayCounting.ELAPSED.days(LATE_EVENING, Instant.parse("2024-01-02T00:10:00Z"))).isZero();
    assertThat(DayCounting.ELAPSED.days(LATE_EVENING, Instant.parse("2024-01-03T23:29:59Z"))).isEqualTo(1);
    assertThat(DayCounting.ELAPSED.days(LATE_EVENING, Instant.parse("2024-01-03T23:30:00Z"))).isEqualTo(2);
  }

  @Test
  void parsesConfigurationValues() {
    assertThat(DayCounting.parse("Elapsed")).isEqualTo(DayCounting.ELAPSED);
    assertThatThrownBy(() -> DayCounting.parse("hours")).hasMessageContaining("expected calendar or elapsed");
  }
}
