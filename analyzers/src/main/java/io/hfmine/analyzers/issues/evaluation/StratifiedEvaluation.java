package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * PTM relevance of a method on an enriched (two-stratum) gold sample: each stratum on its own, and
 * weighted back to the population the sample was drawn from ({@link StratifiedRelevance}). Figures
 * on the sample as drawn describe the sample, which the enrichment filled with the prescreen's easy
 * cases; these describe the issues a study of whole repositories labels.
 *
 * @param strata each stratum's labelled issues and how the method did on them, by stratum name
 * @param weighted the figures weighted back to the population
 * @param labelled gold issues with a relevance answer (the ones counted)
 */
public record StratifiedEvaluation(Map<String, StratumFigures> strata, StratifiedRelevance weighted, int labelled) {
  /**
   * @param population the stratum's issues in the population (N_s)
   * @param counts the method against gold on the stratum's labelled issues (n_s of them)
   */
  public record StratumFigures(long population, BinaryCounts counts) {
    public int labelled() {
      return counts.truePositives() + counts.falsePositives() + counts.falseNegatives() + counts.trueNegatives();
    }

    /** How many issues of the population one labelled issue stands for, N_s / n_s. */
    public double weight() {
      return (double) population / labelled();
    }
  }

  /**
   * @param gold the gold labels; those whose relevance is not annotated are left out
   * @param predicted the method's labelling of every gold issue
   * @param strata the stratum of every gold issue with a relevance answer
   * @param population each stratum's issues in the population
   * @throws IllegalArgumentException when a gold issue has no stratum, or a stratum of the population
   *     with issues has no labelled issue (its figures cannot be estimated)
   */
  public static StratifiedEvaluation of(List<Annotation> gold, Map<IssueId, IssueLabelling> predicted,
      Map<IssueId, String> strata, Map<String, Long> population) {
    List<IssueId> unplaced = new ArrayList<>();
    List<StratifiedRelevance.Scored> scored = new ArrayList<>();
    Map<String, BinaryCounts> counts = new TreeMap<>();
    for (Annotation annotation : gold) {
      if (!annotation.ptmAnnotated()) {
        continue;
      }
      String stratum = strata.get(annotation.issue());
      if (stratum == null) {
        unplaced.add(annotation.issue());
        continue;
      }
      IssueLabelling labelling = predicted.get(annotation.issue());
      if (labelling == null) {
        throw new IllegalArgumentException("issue " + annotation.issue() + " has no labelling by the method");
      }
      scored.add(new StratifiedRelevance.Scored(stratum, annotation.isPtm(), labelling.isPtm()));
      counts.merge(stratum, BinaryCounts.ZERO.add(annotation.isPtm(), labelling.isPtm()), StratifiedEvaluation::sum);
    }
    if (!unplaced.isEmpty()) {
      throw new IllegalArgumentException(unplaced.size() + " gold issue(s) have no stratum in the strata file, e.g. "
          + String.join(", ", unplaced.stream().limit(3).map(IssueId::toString).toList())
          + "; give the manifest of the draw the gold issues come from");
    }
    StratifiedRelevance weighted = StratifiedRelevance.of(scored, population);
    Map<String, StratumFigures> figures = new LinkedHashMap<>();
    counts.forEach((stratum, c) -> figures.put(stratum, new StratumFigures(population.get(stratum), c)));
    return new StratifiedEvaluation(figures, weighted, scored.size());
  }

  /** The population's issues over every stratum. */
  public long populationSize() {
    return strata.values().stream().mapToLong(StratumFigures::population).sum();
  }

  private static BinaryCounts sum(BinaryCounts a, BinaryCounts b) {
    return new BinaryCounts(a.truePositives() + b.truePositives(), a.falsePositives() + b.falsePositives(),
        a.falseNegatives() + b.falseNegatives(), a.trueNegatives() + b.trueNegatives());
  }
}
