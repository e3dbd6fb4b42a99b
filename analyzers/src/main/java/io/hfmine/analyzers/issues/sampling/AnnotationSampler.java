package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueText;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Draws a reproducible sample of issues for manual annotation: the same seed and candidates give
 * the same sample. Stratified by project, each project gets a share proportional to its issues
 * (largest remainder), as the reference studies sampled per project.
 */
public final class AnnotationSampler {
  private AnnotationSampler() {
  }

  public static List<IssueText> sample(List<IssueText> candidates, int size, long seed, boolean stratifyByProject) {
    List<IssueText> ordered = new ArrayList<>(candidates);
    ordered.sort(Comparator.comparing(IssueText::id));
    Random random = new Random(seed);
    if (size >= ordered.size()) {
      Collections.shuffle(ordered, random);
      return ordered;
    }
    if (!stratifyByProject) {
      Collections.shuffle(ordered, random);
      return List.copyOf(ordered.subList(0, size));
    }
    Map<String, List<IssueText>> byProject = new LinkedHashMap<>();
    ordered.forEach(issue -> byProject.computeIfAbsent(issue.id().repository(), k -> new ArrayList<>()).add(issue));
    Map<String, Integer> quota = quotas(byProject, size, ordered.size());
    List<IssueText> sample = new ArrayList<>();
    for (Map.Entry<String, List<IssueText>> project : byProject.entrySet()) {
      List<IssueText> issues = new ArrayList<>(project.getValue());
      Collections.shuffle(issues, random);
      sample.addAll(issues.subList(0, quota.get(project.getKey())));
    }
    Collections.shuffle(sample, random);
    return sample;
  }

  private static Map<String, Integer> quotas(Map<String, List<IssueText>> byProject, int size, int total) {
    Map<String, Integer> quota = new LinkedHashMap<>();
    List<Map.Entry<String, Double>> remainders = new ArrayList<>();
    int given = 0;
    for (Map.Entry<String, List<IssueText>> project : byProject.entrySet()) {
      double exact = (double) size * project.getValue().size() / total;
      int floor = (int) Math.floor(exact);
      quota.put(project.getKey(), floor);
      given += floor;
      remainders.add(Map.entry(project.getKey(), exact - floor));
    }
    // Ties in the remainder go to the project listed first, so the allocation is deterministic.
    remainders.sort(Map.Entry.<String, Double>comparingByValue().reversed());
    for (int i = 0; given < size; i++, given++) {
      quota.merge(remainders.get(i).getKey(), 1, Integer::sum);
    }
    return quota;
  }
}
