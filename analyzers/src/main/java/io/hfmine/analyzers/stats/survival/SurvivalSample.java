package io.hfmine.analyzers.stats.survival;

/**
 * Times to an event, some right-censored: a closed issue is an event at its resolution time, an
 * open issue is censored at the time it has been open so far.
 *
 * @param times non-negative, finite
 * @param events true for an observed event, false for a censored time
 */
public record SurvivalSample(double[] times, boolean[] events) {
  public SurvivalSample {
    if (times.length != events.length) {
      throw new IllegalArgumentException(times.length + " times but " + events.length + " event flags");
    }
    for (double time : times) {
      if (!(time >= 0) || Double.isInfinite(time)) {
        throw new IllegalArgumentException("a survival time must be finite and non-negative; got " + time);
      }
    }
    times = times.clone();
    events = events.clone();
  }

  public int size() {
    return times.length;
  }

  public long eventCount() {
    long count = 0;
    for (boolean event : events) {
      if (event) {
        count++;
      }
    }
    return count;
  }
}
