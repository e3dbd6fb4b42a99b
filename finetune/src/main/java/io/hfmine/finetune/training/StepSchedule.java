package io.hfmine.finetune.training;

/**
 * The share of the peak step size at each optimiser step: a linear rise over the warm-up (the
 * output layers start from nothing, and full steps on their first gradients would shake the
 * encoder's weights), then a linear fall to 0 at the last step.
 */
public final class StepSchedule {
  private final int steps;
  private final int warmup;

  public StepSchedule(int steps, double warmupShare) {
    if (steps <= 0) {
      throw new IllegalArgumentException("a schedule needs at least one step, got " + steps);
    }
    this.steps = steps;
    this.warmup = Math.max(1, (int) Math.round(steps * warmupShare));
  }

  /** The factor at step {@code step} (0 first). */
  public double factor(int step) {
    if (step < warmup) {
      return (step + 1.0) / warmup;
    }
    if (steps == warmup) {
      return 1.0;
    }
    return Math.max(0.0, (steps - step) / (double) (steps - warmup));
  }
}
