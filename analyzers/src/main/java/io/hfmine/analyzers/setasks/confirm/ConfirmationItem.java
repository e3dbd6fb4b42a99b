package io.hfmine.analyzers.setasks.confirm;

import java.util.List;

/**
 * One (model or dataset, activity) pair to confirm: the tasks of that activity found in it, the
 * evidence lines, and the text the LLM reads (card with metadata, abstracts).
 */
public record ConfirmationItem(String kind, String id, String activity, List<String> tasks, List<String> evidence,
    String text) {
  public ConfirmationItem {
    tasks = List.copyOf(tasks);
    evidence = List.copyOf(evidence);
  }
}
