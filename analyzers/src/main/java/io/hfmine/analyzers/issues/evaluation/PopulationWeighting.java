package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.sampling.Stratum;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The relevance figures of an enriched gold sample weighted back to its population: every issue of
 * the gold issues' repositories, put in strata by today's prescreen ({@code StoreStrata}), the
 * strata of the gold issues themselves as the draw recorded them. {@code annotate evaluate
 * --strata} and the browser's evaluation panel both weigh through here.
 *
 * @param evaluation per stratum and weighted
 * @param repositories the gold issues' repositories (those with a relevance answer)
 * @param moved labelled issues that today's prescreen puts in another stratum than the draw did;
 *     when there are any the weights are approximate, which the caller says
 */
public record PopulationWeighting(StratifiedEvaluation evaluation, int repositories, long moved) {
  /** The repositories whose issues are the population: those of the gold issues with a relevance answer. */
  public static Set<String> repositories(List<Annotation> gold) {
    Set<String> repositories = new TreeSet<>();
    gold.stream().filter(Annotation::ptmAnnotated).forEach(a -> repositories.add(a.issue().repository()));
    return repositories;
  }

  /**
   * @param drawn the stratum of each gold issue as the draw recorded it
   * @param today the stratum of every issue of the {@link #repositories} by today's prescreen
   * @throws IllegalArgumentException as {@link StratifiedEvaluation#of} does
   */
  public static PopulationWeighting of(List<Annotation> gold, Map<IssueId, IssueLabelling> predicted,
      Map<IssueId, String> drawn, Map<IssueId, Stratum> today) {
    Map<String, Long> population = new TreeMap<>();
    for (Stratum stratum : Stratum.values()) {
      population.put(stratum.name(), today.values().stream().filter(stratum::equals).count());
    }
    StratifiedEvaluation evaluation = StratifiedEvaluation.of(gold, predicted, drawn, population);
    long moved = gold.stream().filter(Annotation::ptmAnnotated)
        .filter(a -> today.get(a.issue()) == null || !drawn.get(a.issue()).equals(today.get(a.issue()).name())).count();
    return new PopulationWeighting(evaluation, repositories(gold).size(), moved);
  }
}
