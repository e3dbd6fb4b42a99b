package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.StoredLabellings;
import io.hfmine.analyzers.issues.evaluation.EvaluationIntervals;
import io.hfmine.analyzers.issues.evaluation.EvaluationReport;
import io.hfmine.analyzers.issues.evaluation.MethodEvaluation;
import io.hfmine.analyzers.issues.evaluation.PopulationWeighting;
import io.hfmine.analyzers.issues.sampling.AnnotationRecords;
import io.hfmine.analyzers.issues.sampling.EnrichedSampler;
import io.hfmine.analyzers.issues.sampling.Stratum;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * A sample's reference annotations as the gold labels of {@code annotate evaluate}, scored against
 * a method's stored labels by the command's own evaluation ({@link MethodEvaluation}; for an
 * enriched sample also {@link PopulationWeighting}, the sample's strata as its draw recorded them).
 *
 * @param sampleIssues the sample's issues
 * @param annotated those the reference annotated
 * @param unlabelled those the reference annotated but the method has not labelled (left out of every figure)
 * @param gold the reference's annotations of the issues the method labelled: what is scored
 * @param relevanceBlank gold issues whose relevance cell is blank (left out of the relevance figures)
 * @param report the figures; null when nothing is scored
 * @param weighting per stratum and weighted back to the population; null for a sample drawn without strata
 * @param weightingProblem why an enriched sample has no weighted figures (yet); null otherwise
 * @param screening whether an enriched sample's weighted figures wait for its gold issues' repositories to be
 *     screened for today's strata (then there is neither a weighting nor a problem yet)
 * @param intervals the headline figures' bootstrap intervals, as {@code annotate evaluate} prints them; null when
 *     nothing is scored
 */
record SampleEvaluation(int sampleIssues, int annotated, int unlabelled, List<Annotation> gold, long relevanceBlank,
    EvaluationReport report, PopulationWeighting weighting, String weightingProblem, boolean screening,
    EvaluationIntervals intervals) {

  /**
   * @param intervals where the bootstrap intervals of a gold and labels state already computed are held
   * @param strata the enriched draw's issues with their strata; null for a sample drawn without
   * @param today the stratum of every issue of the given repositories by today's prescreen, empty while they
   *     are being screened; null when it cannot be counted (then an enriched sample gets no weighted figures and
   *     says why)
   */
  static SampleEvaluation of(Store store, Taxonomy taxonomy, HeldIntervals intervals, List<IssueId> issues,
      String reference, String method, List<EnrichedSampler.Candidate> strata,
      Function<Set<String>, Optional<Map<IssueId, Stratum>>> today) {
    Map<IssueId, Annotation> byIssue = new HashMap<>();
    AnnotationRecords.read(store).stream().filter(a -> a.annotator().equals(reference))
        .forEach(a -> byIssue.put(a.issue(), a));
    List<Annotation> annotated = issues.stream().filter(byIssue::containsKey).map(byIssue::get).toList();
    Map<IssueId, IssueLabelling> predicted = StoredLabellings.read(store, method, issues);
    List<Annotation> gold = annotated.stream().filter(a -> predicted.containsKey(a.issue())).toList();
    long blank = gold.stream().filter(a -> !a.ptmAnnotated()).count();
    if (gold.isEmpty()) {
      return new SampleEvaluation(issues.size(), annotated.size(), annotated.size(), gold, blank, null, null, null, false,
          null);
    }
    EvaluationReport report = MethodEvaluation.evaluate(taxonomy, gold, predicted);
    PopulationWeighting weighting = null;
    String problem = null;
    boolean screening = false;
    if (strata != null && gold.stream().noneMatch(Annotation::ptmAnnotated)) {
      problem = "no scored issue has a relevance answer yet";
    } else if (strata != null && today == null) {
      problem = "the issues settings that count the strata are not loaded";
    } else if (strata != null) {
      Map<IssueId, String> drawn = new HashMap<>();
      strata.forEach(c -> drawn.put(c.issue().id(), c.stratum().name()));
      Optional<Map<IssueId, Stratum>> counted = today.apply(PopulationWeighting.repositories(gold));
      screening = counted.isEmpty();
      try {
        weighting = screening ? null : PopulationWeighting.of(gold, predicted, drawn, counted.get());
      } catch (IllegalArgumentException e) {
        problem = e.getMessage();
      }
    }
    return new SampleEvaluation(issues.size(), annotated.size(), annotated.size() - gold.size(), gold, blank, report,
        weighting, problem, screening, intervals.of(gold, predicted));
  }
}
