package io.hfmine.analyzers.stats.resolution;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

/**
 * Stratified sampling per project: the larger group is reduced at random to the size of the
 * smaller one; projects where a group is empty are dropped.
 *
 * <p>Each project draws from its own {@link Random} seeded from the study seed and the project
 * name, so adding or removing a project never changes what another project draws.
 */
public final class BalancedSampler {
  private static final Comparator<ResolvedIssue> BY_NUMBER = Comparator.comparingInt(r -> r.issue().number());

  private BalancedSampler() {
  }

  public static BalancedSample sample(List<ResolvedIssue> ptm, List<ResolvedIssue> nonPtm, long seed) {
    Map<String, List<ResolvedIssue>> ptmByProject = byProject(ptm);
    Map<String, List<ResolvedIssue>> nonPtmByProject = byProject(nonPtm);
    TreeMap<String, Boolean> projects = new TreeMap<>();
    ptmByProject.keySet().forEach(p -> projects.put(p, true));
    nonPtmByProject.keySet().forEach(p -> projects.put(p, true));
    List<ProjectSample> samples = new ArrayList<>();
    List<ResolvedIssue> sampledPtm = new ArrayList<>();
    List<ResolvedIssue> sampledNonPtm = new ArrayList<>();
    for (String project : projects.keySet()) {
      List<ResolvedIssue> p = ptmByProject.getOrDefault(project, List.of());
      List<ResolvedIssue> n = nonPtmByProject.getOrDefault(project, List.of());
      int size = Math.min(p.size(), n.size());
      samples.add(new ProjectSample(project, p.size(), n.size(), size));
      if (size == 0) {
        continue;
      }
      Random random = new Random(projectSeed(seed, project));
      sampledPtm.addAll(draw(p, size, random));
      sampledNonPtm.addAll(draw(n, size, random));
    }
    return new BalancedSample(List.copyOf(samples), List.copyOf(sampledPtm), List.copyOf(sampledNonPtm));
  }

  /** The seed of one project's draw; String.hashCode is fixed by the Java specification. */
  static long projectSeed(long seed, String project) {
    return seed * 1_000_003L + project.hashCode();
  }

  private static List<ResolvedIssue> draw(List<ResolvedIssue> issues, int size, Random random) {
    List<ResolvedIssue> pool = new ArrayList<>(issues);
    pool.sort(BY_NUMBER);
    if (size < pool.size()) {
      // Partial Fisher-Yates: the first `size` positions become a uniform random subset.
      for (int i = 0; i < size; i++) {
        int j = i + random.nextInt(pool.size() - i);
        ResolvedIssue swap = pool.get(i);
        pool.set(i, pool.get(j));
        pool.set(j, swap);
      }
      pool = new ArrayList<>(pool.subList(0, size));
      pool.sort(BY_NUMBER);
    }
    return pool;
  }

  private static Map<String, List<ResolvedIssue>> byProject(List<ResolvedIssue> issues) {
    Map<String, List<ResolvedIssue>> grouped = new TreeMap<>();
    for (ResolvedIssue issue : issues) {
      grouped.computeIfAbsent(issue.issue().repository(), r -> new ArrayList<>()).add(issue);
    }
    return grouped;
  }
}
