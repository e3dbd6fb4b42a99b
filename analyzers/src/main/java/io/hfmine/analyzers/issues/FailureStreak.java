package io.hfmine.analyzers.issues;

/**
 * When a labelling run should stop: after a run of issues in a row that could not be labelled.
 *
 * <p>A chat endpoint that is down, a model that is not served, or a key that is refused fails
 * every issue alike, each after its retries; going on would only add the same failure once per
 * issue for hours. Stopping loses nothing: what was labelled is stored, every answer is cached,
 * and the next run starts again where this one stopped.
 */
public final class FailureStreak {
  /** Issues in a row that stop a run. */
  public static final int STOP_AFTER = 5;

  private int inARow;

  /** Records a labelled issue: the streak starts again. */
  public void labelled() {
    inARow = 0;
  }

  /** Records an issue that could not be labelled; true when the run should stop. */
  public boolean failed() {
    inARow++;
    return inARow >= STOP_AFTER;
  }
}
