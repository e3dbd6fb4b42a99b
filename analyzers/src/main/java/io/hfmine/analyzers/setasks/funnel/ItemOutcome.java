package io.hfmine.analyzers.setasks.funnel;

import io.hfmine.analyzers.setasks.match.TaskMatch;
import io.hfmine.analyzers.setasks.text.TextSource;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * What matching made of one model or dataset: its card's status and every match with its evidence.
 *
 * @param cardStatus {@code none} (no README), {@code empty} (no words beyond the metadata) or {@code ok}
 */
public record ItemOutcome(String kind, String id, String cardStatus, List<TaskMatch> matches) {
  public ItemOutcome {
    matches = List.copyOf(matches);
  }

  /** Some task matched, before exclusions. */
  public boolean matched() {
    return !matches.isEmpty();
  }

  /** Every match came from an arXiv abstract. */
  public boolean onlyAbstract() {
    return matched() && matches.stream().allMatch(m -> m.source() == TextSource.ABSTRACT);
  }

  /** Some match survived the exclusion rules. */
  public boolean kept() {
    return matches.stream().anyMatch(TaskMatch::kept);
  }

  /** Tasks of the surviving matches, each once, in text order. */
  public List<String> tasks() {
    Set<String> tasks = new LinkedHashSet<>();
    matches.stream().filter(TaskMatch::kept).forEach(m -> tasks.add(m.taskId()));
    return List.copyOf(tasks);
  }

  /** Activities of the surviving matches, each once. */
  public List<String> activities() {
    Set<String> activities = new LinkedHashSet<>();
    matches.stream().filter(TaskMatch::kept).forEach(m -> activities.add(m.activity()));
    return List.copyOf(activities);
  }
}
