package io.hfmine.analyzers.stats.resolution;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/** How a resolution time becomes whole days. */
public enum DayCounting {
  /** Days between the UTC calendar dates of creation and closure: 0 when closed the same day. */
  CALENDAR,
  /** Whole 24-hour periods elapsed between creation and closure. */
  ELAPSED;

  /** Whole days from {@code created} to {@code closed}; {@code closed} is not before {@code created}. */
  public long days(Instant created, Instant closed) {
    return switch (this) {
      case CALENDAR -> ChronoUnit.DAYS.between(LocalDate.ofInstant(created, ZoneOffset.UTC),
          LocalDate.ofInstant(closed, ZoneOffset.UTC));
      case ELAPSED -> Duration.between(created, closed).toDays();
    };
  }

  public String label() {
    return name().toLowerCase(Locale.ROOT);
  }

  /** Parses {@code calendar} or {@code elapsed}. */
  public static DayCounting parse(String text) {
    for (DayCounting counting : values()) {
      if (counting.label().equals(text.strip().toLowerCase(Locale.ROOT))) {
        return counting;
      }
    }
    throw new IllegalArgumentException("unknown day counting '" + text + "' (expected calendar or elapsed)");
  }
}
