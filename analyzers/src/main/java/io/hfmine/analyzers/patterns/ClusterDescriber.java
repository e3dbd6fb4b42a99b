package io.hfmine.analyzers.patterns;

import io.hfmine.analyzers.text.SparseVector;
import io.hfmine.analyzers.patterns.features.UsageTerms;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Describes one cluster: its medoid, dominant call sequence, keywords and nearest members.
 *
 * <p>The medoid is exact (smallest total cosine distance to the other members) up to
 * {@code exact-medoid-limit} members; above it, the member closest to the cluster's mean
 * direction, which costs one pass instead of a quadratic one and picks the same usage when the
 * cluster is tight. Ties go to the earlier usage, so results do not depend on thread timing.
 */
final class ClusterDescriber {
  private final List<Usage> usages;
  private final List<SparseVector> vectors;
  private final PatternSettings.Representatives settings;

  ClusterDescriber(List<Usage> usages, List<SparseVector> vectors, PatternSettings.Representatives settings) {
    this.usages = usages;
    this.vectors = vectors;
    this.settings = settings;
  }

  UsagePattern describe(int number, int[] members) {
    int medoid = medoid(members);
    SparseVector centre = vectors.get(medoid);
    List<UsagePattern.Neighbour> byDistance = new ArrayList<>(members.length);
    for (int member : members) {
      byDistance.add(new UsagePattern.Neighbour(usages.get(member), centre.cosineDistance(vectors.get(member))));
    }
    List<UsagePattern.Neighbour> nearest = byDistance.stream()
        .filter(neighbour -> neighbour.usage() != usages.get(medoid))
        .sorted(Comparator.comparingDouble(UsagePattern.Neighbour::distance))
        .limit(settings.nearest())
        .toList();
    return new UsagePattern(number, members.length, (double) members.length / usages.size(), usages.get(medoid),
        dominantSequence(members), keywords(members), nearest, byDistance, null);
  }

  private int medoid(int[] members) {
    if (members.length <= settings.exactMedoidLimit()) {
      double[] totals = IntStream.range(0, members.length).parallel().mapToDouble(a -> {
        double total = 0;
        for (int member : members) {
          total += vectors.get(members[a]).cosineDistance(vectors.get(member));
        }
        return total;
      }).toArray();
      int best = 0;
      for (int a = 1; a < members.length; a++) {
        if (totals[a] < totals[best] - 1e-12) {
          best = a;
        }
      }
      return members[best];
    }
    Map<Integer, Double> sum = new HashMap<>();
    for (int member : members) {
      SparseVector vector = vectors.get(member);
      for (int t = 0; t < vector.nonZeros(); t++) {
        sum.merge(vector.indices()[t], vector.values()[t], Double::sum);
      }
    }
    int[] indices = sum.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] values = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      values[i] = sum.get(indices[i]);
    }
    SparseVector mean = new SparseVector(indices, values);
    int best = members[0];
    double bestDistance = Double.POSITIVE_INFINITY;
    for (int member : members) {
      double distance = mean.cosineDistance(vectors.get(member));
      if (distance < bestDistance - 1e-12) {
        bestDistance = distance;
        best = member;
      }
    }
    return best;
  }

  private List<String> dominantSequence(int[] members) {
    Map<List<String>, Integer> counts = new LinkedHashMap<>();
    for (int member : members) {
      counts.merge(UsageTerms.calls(usages.get(member)), 1, Integer::sum);
    }
    return counts.entrySet().stream()
        .max(Comparator.<Map.Entry<List<String>, Integer>>comparingInt(Map.Entry::getValue)
            .thenComparing(entry -> String.join(" ", entry.getKey()), Comparator.reverseOrder()))
        .map(Map.Entry::getKey)
        .orElse(List.of());
  }

  private List<String> keywords(int[] members) {
    Map<String, Integer> counts = new HashMap<>();
    for (int member : members) {
      for (String keyword : usages.get(member).keywordArgs()) {
        if (keyword != null && !keyword.isBlank()) {
          counts.merge(keyword.strip(), 1, Integer::sum);
        }
      }
    }
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
        .map(Map.Entry::getKey)
        .toList();
  }
}
