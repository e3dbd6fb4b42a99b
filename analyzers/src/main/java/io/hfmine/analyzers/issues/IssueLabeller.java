package io.hfmine.analyzers.issues;

/** Decides PTM relevance, themes, sub-themes and type of an issue: rules, a classifier or an LLM. */
public interface IssueLabeller {
  /** The value stored in {@code issue_labels.source}: rules, classifier or llm. */
  String source();

  IssueLabelling label(IssueText issue);

  /**
   * Called with the issues about to be labelled, so a labeller can work on them in batches (the
   * classifier embeds them together); labelling works without it.
   */
  default void prepare(java.util.List<IssueText> issues) {
  }

  /**
   * One line on the work behind the labels so far that a rerun may save (texts embedded and taken
   * from the store's cache), or null when there is nothing to say.
   */
  default String workDone() {
    return null;
  }

  /**
   * How many issues {@link #label} may work on at once, from as many threads (the LLM's requests
   * to a server that batches them); 1, the default, labels one after the other.
   */
  default int concurrency() {
    return 1;
  }
}
