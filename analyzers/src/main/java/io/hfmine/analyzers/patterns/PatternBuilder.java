package io.hfmine.analyzers.patterns;

import io.hfmine.analyzers.patterns.summary.PatternSummarizer;
import io.hfmine.datasets.llm.ChatModel;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Builds and stores the patterns of every group of usages: the facade behind
 * {@code hfmine patterns build}.
 *
 * <p>Each group is read, mined and written in its own transaction, so an interrupted build keeps
 * the groups it finished and a rebuild replaces a group's rows instead of adding to them.
 */
public final class PatternBuilder {
  private final Store store;
  private final PatternSettings settings;
  private final ChatModel chat;
  private final Clock clock;

  /** {@code chat} may be null when summaries are off. */
  public PatternBuilder(Store store, PatternSettings settings, ChatModel chat, Clock clock) {
    this.store = store;
    this.settings = settings.validated();
    this.chat = chat;
    this.clock = clock;
    if (settings.summary().enabled() && chat == null) {
      throw new IllegalArgumentException("patterns.summary.enabled is true but no chat model is configured");
    }
  }

  /** One line of the build report. */
  public record BuiltGroup(String key, int usages, GroupPatterns.Status status, String message, int patterns,
      int noise, double silhouette, Integer chosenK, double coverage, double succinctness) { }

  /** What a build did, group by group, and the summaries that could not be made. */
  public record Report(PatternSettings.GroupBy groupBy, PatternSettings.Algorithm algorithm, List<BuiltGroup> groups,
      List<String> summaryProblems) {
    public long clustered() {
      return groups.stream().filter(group -> group.status() == GroupPatterns.Status.CLUSTERED).count();
    }
  }

  /** Builds the groups named in {@code keys}, or every group when it is empty. */
  public Report build(List<String> keys, Progress progress) {
    return build(keys, false, progress);
  }

  /**
   * Builds the groups named in {@code keys} (every group when empty); with {@code resume}, groups
   * already stored with the same algorithm and seed are left as they are, so an interrupted build
   * over thousands of models continues where it stopped.
   */
  public Report build(List<String> keys, boolean resume, Progress progress) {
    PatternSettings.GroupBy groupBy = settings.groupBy();
    Map<String, Integer> groups = store.read(connection -> PatternStore.groups(connection, groupBy, keys));
    List<String> missing = keys.stream().filter(key -> !groups.containsKey(key)).toList();
    if (!missing.isEmpty()) {
      throw new IllegalArgumentException("no usages with " + PatternStore.groupColumn(groupBy) + " " + missing
          + " in the usages table (run 'hfmine usage extract' first, or check the id)");
    }
    if (resume) {
      java.util.Set<String> built = store.read(connection ->
          PatternStore.builtKeys(connection, groupBy, settings.algorithm(), settings.seed()));
      groups.keySet().removeAll(built);
    }
    PatternMiner miner = new PatternMiner(settings, progress::message);
    PatternSummarizer summarizer = settings.summary().enabled() ? new PatternSummarizer(chat, settings.summary()) : null;
    List<BuiltGroup> built = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    progress.total(groups.size());
    for (String key : groups.keySet()) {
      progress.message(groupBy.key() + " " + key);
      List<Usage> usages = store.read(connection -> PatternStore.usagesOf(connection, groupBy, key));
      GroupPatterns group = miner.mine(groupBy, key, usages);
      if (summarizer != null) {
        group = summarize(group, summarizer, problems);
      }
      GroupPatterns stored = group;
      store.transaction(connection -> {
        PatternStore.replace(connection, stored, settings.seed(), clock.instant());
        return null;
      });
      built.add(new BuiltGroup(key, group.usages(), group.status(), group.message(), group.patterns().size(),
          group.noise().size(), group.silhouette(), group.chosenK(), group.coverage(), group.succinctness()));
      progress.step();
    }
    if (summarizer != null && summarizer.stop() != null) {
      problems.add(summarizer.stop());
    }
    return new Report(groupBy, settings.algorithm(), built, problems);
  }

  private static GroupPatterns summarize(GroupPatterns group, PatternSummarizer summarizer, List<String> problems) {
    List<UsagePattern> summarized = new ArrayList<>(group.patterns().size());
    for (UsagePattern pattern : group.patterns()) {
      PatternSummarizer.Outcome outcome = summarizer.summarize(group, pattern);
      if (outcome.problem() != null) {
        problems.add(group.groupBy().key() + " " + group.key() + " pattern " + pattern.number() + ": "
            + outcome.problem());
      }
      summarized.add(pattern.withSummary(outcome.summary().orElse(null)));
    }
    return group.withPatterns(summarized);
  }
}
