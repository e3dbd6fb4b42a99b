package io.hfmine.datasets.llm;

/**
 * When a run that asks a chat model item by item should stop asking: after a run of items in a
 * row that got no answer.
 *
 * <p>A chat endpoint that is down, a model that is not served, or a key that is refused fails
 * every item alike, each after its retries; going on would only add the same failure once per
 * item for hours. Stopping loses nothing: what was answered is stored, every answer is cached,
 * and the next run asks again where this one stopped.
 */
public final class FailureStreak {
  /** Items in a row that stop a run. */
  public static final int STOP_AFTER = 5;

  private int inARow;

  /** Records an item the model answered: the streak starts again. */
  public void answered() {
    inARow = 0;
  }

  /** Records an item that got no answer; true when the run should stop asking. */
  public boolean failed() {
    inARow++;
    return inARow >= STOP_AFTER;
  }
}
