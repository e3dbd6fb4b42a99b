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

  /**
   * The definition in words, as every output states it. Both readings fit the reference study's
   * "days from creation to closure, 0 when closed the same day"; they differ by one day whenever
   * the clock time of closure is earlier than that of creation on a later date.
   */
  public String definition() {
    return switch (this) {
      case CALENDAR -> "calendar days: UTC date of closure minus UTC date of creation (0 when closed the same UTC day)";
      case ELAPSED -> "elapsed days: whole 24-hour periods from creation to closure (0 when closed within 24 hours)";
    };
  }

  /** The column name a value counted this way carries in tables and CSV files. */
  public String column() {
    return label() + "_days";
  }

  /** The other reading, for the sensitivity of the tests to the choice. */
  public DayCounting other() {
    return this == CALENDAR ? ELAPSED : CALENDAR;
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
