package io.hfmine.datasets.progress;

/**
 * Reports how far a long stage is; the CLI draws a bar on a terminal and logs lines elsewhere.
 *
 * <p>Stages receive one from their caller and never decide how it is shown.
 */
public interface Progress extends AutoCloseable {
  /** A progress that shows nothing, for tests and library use. */
  Progress NONE = new Progress() {
    @Override public void total(long total) { }
    @Override public void step(long n) { }
    @Override public void message(String text) { }
    @Override public void close() { }
  };

  /** Sets the expected number of steps; -1 when unknown. */
  void total(long total);

  /** Advances by {@code n} steps. */
  void step(long n);

  /** Replaces the short status text shown beside the count. */
  void message(String text);

  /** Advances by one step. */
  default void step() {
    step(1);
  }

  @Override
  void close();

  /** Creates progresses for named stages. */
  interface Factory {
    /** A factory whose progresses show nothing. */
    Factory NONE = name -> Progress.NONE;

    Progress start(String stage);
  }
}
