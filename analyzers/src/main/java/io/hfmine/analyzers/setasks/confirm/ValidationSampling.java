package io.hfmine.analyzers.setasks.confirm;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * Draws the samples humans label to validate the LLM step: a pilot per activity, and then one
 * generalisation set from the pairs no pilot holds. Each is sized by {@link SampleSize} for the
 * configured confidence and margin and drawn with a seeded shuffle of the pairs sorted by key, so
 * the same seed and the same candidates give the same sample.
 */
public final class ValidationSampling {
  public static final String PILOT = "pilot";
  public static final String GENERALISATION = "generalisation";

  private ValidationSampling() {
  }

  /** A drawn sample: its pairs and, per activity (or "*" for the generalisation set), population and size. */
  public record Drawn(String sample, List<ConfirmationStore.Pair> pairs, Map<String, Long> populations,
      Map<String, Integer> sizes) {
  }

  public static Drawn pilot(List<ConfirmationItem> candidates, double confidence, double margin, long seed) {
    Map<String, List<ConfirmationStore.Pair>> byActivity = new TreeMap<>();
    for (ConfirmationItem item : candidates) {
      byActivity.computeIfAbsent(item.activity(), k -> new ArrayList<>())
          .add(new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()));
    }
    List<ConfirmationStore.Pair> pairs = new ArrayList<>();
    Map<String, Long> populations = new LinkedHashMap<>();
    Map<String, Integer> sizes = new LinkedHashMap<>();
    for (Map.Entry<String, List<ConfirmationStore.Pair>> activity : byActivity.entrySet()) {
      int size = SampleSize.of(activity.getValue().size(), confidence, margin);
      populations.put(activity.getKey(), (long) activity.getValue().size());
      sizes.put(activity.getKey(), size);
      pairs.addAll(draw(activity.getValue(), size, seed ^ activity.getKey().hashCode()));
    }
    return new Drawn(PILOT, pairs, populations, sizes);
  }

  public static Drawn generalisation(List<ConfirmationItem> candidates, Set<ConfirmationStore.Pair> pilot,
      double confidence, double margin, long seed) {
    List<ConfirmationStore.Pair> rest = candidates.stream()
        .map(item -> new ConfirmationStore.Pair(item.kind(), item.id(), item.activity()))
        .filter(pair -> !pilot.contains(pair))
        .collect(Collectors.toList());
    int size = SampleSize.of(rest.size(), confidence, margin);
    return new Drawn(GENERALISATION, draw(rest, size, seed), Map.of("*", (long) rest.size()), Map.of("*", size));
  }

  private static List<ConfirmationStore.Pair> draw(List<ConfirmationStore.Pair> population, int size, long seed) {
    List<ConfirmationStore.Pair> ordered = new ArrayList<>(population);
    ordered.sort(Comparator.comparing(ConfirmationStore.Pair::kind).thenComparing(ConfirmationStore.Pair::id)
        .thenComparing(ConfirmationStore.Pair::activity));
    Collections.shuffle(ordered, new Random(seed));
    return List.copyOf(ordered.subList(0, Math.min(size, ordered.size())));
  }
}
