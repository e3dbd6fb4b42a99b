package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The evaluation harness: requests synthesised from a seeded sample of held-out models (plus any
 * written by hand), answered by hfmine and by the Hub-search baseline, scored with hit@k and MRR
 * against the source model (when the mutation left it suitable) and human judgments.
 */
public final class PickEvaluation {
  public static final String HFMINE = "hfmine";
  public static final String HUB = "hub-search";
  private static final List<Integer> KS = List.of(1, 5, 10);

  private final ModelSearch search;
  private final RequestSynthesizer synthesizer;
  private final BaselineSearch baseline;
  private final String infill;

  /** @param baseline the Hub search, or null to measure hfmine alone */
  public PickEvaluation(ModelSearch search, RequestSynthesizer synthesizer, BaselineSearch baseline, String infill) {
    this.search = search;
    this.synthesizer = synthesizer;
    this.baseline = baseline;
    this.infill = infill;
  }

  /**
   * What to run: how many requests from which seed, drawn from models with at least {@code minSourceDownloads}
   * downloads, the ranking depth, judgments and hand-written requests.
   */
  public record Spec(int requests, long seed, int top, long minSourceDownloads, Judgments judgments,
      List<Path> handWritten) {
  }

  public EvaluationReport run(Spec spec, Progress progress) {
    List<String> eligible = eligibleSources(spec);
    List<SynthesizedRequest> requests = new ArrayList<>(synthesize(eligible, spec));
    for (Path file : spec.handWritten()) {
      PickRequest request = search.requests().read(file);
      requests.add(new SynthesizedRequest(request.id(), null, "hand-written", false, request));
    }
    List<String> catalogIds = new ArrayList<>();
    for (int ordinal = 0; ordinal < search.index().size(); ordinal++) {
      catalogIds.add(search.index().id(ordinal));
    }
    BaselineQueries planner = new BaselineQueries(catalogIds, search.settings().evaluation().baseline().keywords());
    int limit = Math.min(spec.top(), search.settings().evaluation().baseline().limit());
    List<Integer> ks = new ArrayList<>(KS.stream().filter(k -> k <= spec.top()).toList());
    if (!ks.contains(spec.top())) {
      ks.add(spec.top());
    }
    progress.total(requests.size());
    List<EvaluationReport.Outcome> outcomes = new ArrayList<>();
    for (SynthesizedRequest request : requests) {
      Map<String, List<String>> answers = new LinkedHashMap<>();
      answers.put(HFMINE, search.pick(request.request(), spec.top(), false).modelIds());
      if (baseline != null) {
        answers.put(baseline.system(), hub(planner, request.request(), limit));
      }
      outcomes.add(outcome(request, answers, spec.judgments()));
      progress.step();
    }
    List<EvaluationReport.Outcome> measured = outcomes.stream().filter(EvaluationReport.Outcome::measured).toList();
    Map<String, List<EvaluationReport.Score>> byMutation = new TreeMap<>();
    measured.stream().map(outcome -> outcome.request().mutation()).distinct().forEach(mutation -> byMutation.put(mutation,
        scores(measured.stream().filter(outcome -> outcome.request().mutation().equals(mutation)).toList(), ks)));
    String runId = "seed%d-n%d-%d".formatted(spec.seed(), requests.size(), System.currentTimeMillis());
    return new EvaluationReport(runId, spec.seed(), spec.top(), spec.minSourceDownloads(), eligible.size(),
        requests.size() - spec.handWritten().size(),
        spec.handWritten().size(), measured.size(), outcomes.size() - measured.size(), infill, ks, scores(measured, ks),
        byMutation, spec.judgments().agreement().orElse(null), outcomes);
  }

  private List<String> eligibleSources(Spec spec) {
    List<String> eligible = new ArrayList<>();
    int minWords = search.settings().evaluation().minFunctionWords();
    search.forEachModel(model -> {
      if (RequestSynthesizer.eligible(model, minWords, spec.minSourceDownloads())) {
        eligible.add(model.modelId());
      }
    });
    return eligible;
  }

  private List<SynthesizedRequest> synthesize(List<String> eligible, Spec spec) {
    List<ModelMetadata> sources = new ArrayList<>();
    for (String id : RequestSynthesizer.sample(eligible, spec.requests(), spec.seed())) {
      sources.add(search.attributes(id).orElseThrow());
    }
    return synthesizer.synthesize(sources, spec.seed());
  }

  private List<String> hub(BaselineQueries planner, PickRequest request, int limit) {
    List<List<String>> answers = new ArrayList<>();
    try {
      for (BaselineQueries.HubQuery query : planner.plan(request)) {
        answers.add(baseline.search(query.search(), query.filters(), limit));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("the Hub-search baseline failed for request " + request.id() + ": " + e.getMessage(), e);
    }
    return BaselineQueries.merge(answers, limit);
  }

  private static EvaluationReport.Outcome outcome(SynthesizedRequest request, Map<String, List<String>> answers,
      Judgments judgments) {
    Set<String> suitable = new LinkedHashSet<>();
    if (request.sourceSuitable() && request.sourceModel() != null
        && !(judgments.judged(request.id(), request.sourceModel())
            && !judgments.suitable(request.id()).contains(request.sourceModel()))) {
      suitable.add(request.sourceModel());
    }
    suitable.addAll(judgments.suitable(request.id()));
    boolean measured = !suitable.isEmpty() || judgments.judged(request.id());
    Map<String, Integer> firstHit = new LinkedHashMap<>();
    answers.forEach((system, list) -> firstHit.put(system, RankingMetrics.firstHit(list, suitable)));
    return new EvaluationReport.Outcome(request, suitable, measured, answers, firstHit);
  }

  private static List<EvaluationReport.Score> scores(List<EvaluationReport.Outcome> outcomes, List<Integer> ks) {
    List<EvaluationReport.Score> scores = new ArrayList<>();
    Set<String> systems = new LinkedHashSet<>();
    outcomes.forEach(outcome -> systems.addAll(outcome.answers().keySet()));
    for (String system : systems) {
      List<Integer> firstHits = outcomes.stream().map(outcome -> outcome.firstHit().get(system)).toList();
      Map<Integer, Double> hitAt = new LinkedHashMap<>();
      ks.forEach(k -> hitAt.put(k, RankingMetrics.hitAt(firstHits, k)));
      scores.add(new EvaluationReport.Score(system, firstHits.size(), hitAt, RankingMetrics.meanReciprocalRank(firstHits)));
    }
    return scores;
  }
}
