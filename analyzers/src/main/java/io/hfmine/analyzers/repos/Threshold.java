package io.hfmine.analyzers.repos;

import java.util.Locale;

/** The minimum a metric must reach: a fixed value, or one picked at the elbow of the data. */
public sealed interface Threshold {
  /** Keep repositories whose metric is at least {@code minimum}. */
  record Fixed(long minimum) implements Threshold {
  }

  /** Pick the minimum at the elbow of "threshold vs projects left" ({@link Kneedle}). */
  record Elbow() implements Threshold {
  }

  /**
   * Reads a configured threshold: an integer, {@code elbow}, or {@code off} / null for none
   * (which returns null), so a study file can switch off a default threshold.
   */
  public static Threshold parse(String text) {
    String value = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    // YAML 1.1 reads a bare `off` as the boolean false, so both mean "no threshold".
    if (value.isEmpty() || value.equals("off") || value.equals("false")) {
      return null;
    }
    if (value.equals("elbow")) {
      return new Elbow();
    }
    try {
      long minimum = Long.parseLong(value);
      if (minimum < 0) {
        throw new IllegalArgumentException("a threshold cannot be negative, got " + text);
      }
      return new Fixed(minimum);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("expected a whole number, 'elbow' or 'off', got '" + text + "'");
    }
  }
}
