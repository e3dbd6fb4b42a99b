package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.taxonomy.ExclusionRule;
import io.hfmine.analyzers.setasks.taxonomy.SeTask;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.analyzers.setasks.text.TextSource;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The taxonomy's exclusion rules, compiled per task. The first rule (in file order) whose
 * conditions all hold drops the match; its id is the match's {@code excludedBy}.
 */
public final class ExclusionRules {
  /** Characters of context the before/after expressions can see. */
  static final int CONTEXT_CHARS = 40;
  /** Returned by {@link #check} when a lemma condition depends on tags not yet known. */
  static final String UNDECIDED = "\u0000undecided";

  private final Map<String, List<Compiled>> byTask = new HashMap<>();

  /** The rules of {@code taxonomy} whose origin is in {@code origins} (all of them when it is empty). */
  public ExclusionRules(SeTaxonomy taxonomy, Set<String> origins) {
    for (ExclusionRule rule : taxonomy.exclusions()) {
      if (!origins.isEmpty() && !origins.contains(rule.origin())) {
        continue;
      }
      Compiled compiled = new Compiled(rule);
      List<String> tasks = rule.tasks().isEmpty() ? taxonomy.tasks().stream().map(SeTask::id).toList() : rule.tasks();
      tasks.forEach(task -> byTask.computeIfAbsent(task, k -> new ArrayList<>()).add(compiled));
    }
  }

  /** Whether any rule applies to the task at all. */
  boolean appliesTo(String taskId) {
    return byTask.containsKey(taskId);
  }

  /** The id of the rule that drops the match, null when none does, or {@link #UNDECIDED}. */
  String check(String taskId, MatchSite site) {
    List<Compiled> rules = byTask.get(taskId);
    if (rules == null) {
      return null;
    }
    for (Compiled rule : rules) {
      Tri fires = rule.fires(site);
      if (fires == Tri.UNKNOWN) {
        return UNDECIDED;
      }
      if (fires == Tri.YES) {
        return rule.id;
      }
    }
    return null;
  }

  private static final class Compiled {
    final String id;
    final Set<TextSource> sources;
    final Pattern before;
    final Pattern after;
    final Pattern adjacentBefore;
    final Pattern adjacentAfter;
    final Pattern surface;
    final Set<String> previousLemmas;
    final Set<String> nextLemmas;
    final String withoutTag;
    final Pattern inSection;
    final Pattern itemLacks;

    Compiled(ExclusionRule rule) {
      id = rule.id();
      sources = rule.sources().isEmpty() ? EnumSet.allOf(TextSource.class)
          : rule.sources().stream().map(TextSource::of).collect(Collectors.toCollection(() -> EnumSet.noneOf(TextSource.class)));
      before = rule.before() == null ? null : Pattern.compile("(?:" + rule.before() + ")$");
      after = rule.after() == null ? null : Pattern.compile(rule.after());
      adjacentBefore = rule.adjacent() == null ? null : Pattern.compile("(?:" + rule.adjacent() + ")$");
      adjacentAfter = rule.adjacent() == null ? null : Pattern.compile(rule.adjacent());
      surface = rule.surface() == null ? null : Pattern.compile(rule.surface());
      previousLemmas = lower(rule.previousLemmas());
      nextLemmas = lower(rule.nextLemmas());
      withoutTag = rule.withoutTag() == null ? null : rule.withoutTag().toLowerCase(Locale.ROOT);
      inSection = rule.inSection() == null ? null : Pattern.compile(rule.inSection());
      itemLacks = rule.itemLacks() == null ? null : Pattern.compile(rule.itemLacks());
    }

    Tri fires(MatchSite site) {
      if (!sources.contains(site.source())) {
        return Tri.NO;
      }
      if (withoutTag != null && site.hasTag(withoutTag)) {
        return Tri.NO;
      }
      String text = site.text();
      if (before != null && !endsBefore(before, site)) {
        return Tri.NO;
      }
      if (after != null && !startsAfter(after, site)) {
        return Tri.NO;
      }
      if (adjacentBefore != null && !endsBefore(adjacentBefore, site) && !startsAfter(adjacentAfter, site)) {
        return Tri.NO;
      }
      if (surface != null && !surface.matcher(text.substring(site.start(), site.end())).find()) {
        return Tri.NO;
      }
      if (inSection != null && !inSection.matcher(heading(site)).find()) {
        return Tri.NO;
      }
      if (itemLacks != null && site.itemMentions(itemLacks)) {
        return Tri.NO;
      }
      Tri result = Tri.YES;
      if (!previousLemmas.isEmpty()) {
        Tri previous = site.previousLemmaIn(previousLemmas);
        if (previous == Tri.NO) {
          return Tri.NO;
        }
        result = previous == Tri.UNKNOWN ? Tri.UNKNOWN : result;
      }
      if (!nextLemmas.isEmpty()) {
        Tri next = site.nextLemmaIn(nextLemmas);
        if (next == Tri.NO) {
          return Tri.NO;
        }
        result = next == Tri.UNKNOWN ? Tri.UNKNOWN : result;
      }
      return result;
    }

    private static boolean endsBefore(Pattern pattern, MatchSite site) {
      int from = Math.max(site.regionStart(), site.start() - CONTEXT_CHARS);
      Matcher matcher = pattern.matcher(site.text()).region(from, site.start());
      return matcher.find();
    }

    private static boolean startsAfter(Pattern pattern, MatchSite site) {
      int to = Math.min(site.regionEnd(), site.end() + CONTEXT_CHARS);
      Matcher matcher = pattern.matcher(site.text()).region(site.end(), to);
      return matcher.lookingAt();
    }

    // The title of the nearest Markdown heading above the match, or "" when there is none.
    private static String heading(MatchSite site) {
      String text = site.text();
      int lineStart = text.lastIndexOf('\n', Math.max(0, site.start() - 1)) + 1;
      while (lineStart >= site.regionStart()) {
        int end = text.indexOf('\n', lineStart);
        String line = text.substring(lineStart, end < 0 ? text.length() : end).strip();
        if (line.startsWith("#")) {
          return line.replaceFirst("^#+\\s*", "");
        }
        if (lineStart == 0) {
          break;
        }
        lineStart = text.lastIndexOf('\n', lineStart - 2) + 1;
      }
      return "";
    }

    private static Set<String> lower(List<String> values) {
      return values.stream().map(v -> v.toLowerCase(Locale.ROOT)).collect(Collectors.toUnmodifiableSet());
    }
  }
}
