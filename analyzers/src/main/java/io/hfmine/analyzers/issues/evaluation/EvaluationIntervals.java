package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.stats.Descriptives;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import java.util.function.ToDoubleFunction;

/**
 * Percentile bootstrap intervals of an evaluation's headline figures. Issues of one repository
 * are alike (one project's templates, models and maintainers), so they are not independent
 * draws: the resampling unit is the repository, all its gold issues moving together, as long as
 * there are enough repositories for that ({@link #MIN_REPOSITORIES}); with fewer, single issues
 * are resampled and the interval is narrower than the truth. Each resample is scored by
 * {@link MethodEvaluation}, so the figures mean exactly what the evaluation table's do.
 *
 * <p>{@link Random} is used on purpose: its algorithm is fixed by the Java specification, so a
 * seed gives the same intervals on every JVM.
 *
 * @param byRepository whether whole repositories were resampled (else single issues)
 * @param units the repositories (or issues) resampled
 * @param figures each headline figure's value on the gold issues and its interval, in table order
 */
public record EvaluationIntervals(boolean byRepository, int units, int resamples, long seed, double confidence,
    Map<String, Interval> figures) {

  /** Resamples and seed of {@code annotate evaluate} and the serve panel unless told otherwise. */
  public static final int DEFAULT_RESAMPLES = 2000;
  public static final long DEFAULT_SEED = 1;
  public static final double DEFAULT_CONFIDENCE = 0.95;

  /** Fewest repositories a cluster bootstrap is run over; below it, issues are resampled. */
  public static final int MIN_REPOSITORIES = 10;

  /**
   * @param value the figure on the gold issues as they are; NaN when they hold no item of its kind
   *     (no PTM answer, no PTM-related issue with themes or sub-themes)
   * @param low lower bound; NaN when no resample could score the figure
   * @param high upper bound
   */
  public record Interval(double value, double low, double high) { }

  private static final Map<String, ToDoubleFunction<EvaluationReport>> FIGURES = headlineFigures();

  private static Map<String, ToDoubleFunction<EvaluationReport>> headlineFigures() {
    Map<String, ToDoubleFunction<EvaluationReport>> figures = new LinkedHashMap<>();
    figures.put("ptm precision", r -> r.ptm().precision());
    figures.put("ptm recall", r -> r.ptm().recall());
    figures.put("ptm f1", r -> r.ptm().f1());
    figures.put("theme accuracy (primary)", EvaluationReport::themeAccuracy);
    figures.put("theme macro-F1", EvaluationReport::themeMacroF1);
    figures.put("sub-theme accuracy (primary)", EvaluationReport::subThemeAccuracy);
    return figures;
  }

  public static EvaluationIntervals of(Taxonomy taxonomy, List<Annotation> gold, Map<IssueId, IssueLabelling> predicted,
      int resamples, long seed, double confidence) {
    if (resamples < 1) {
      throw new IllegalArgumentException("resamples must be positive, got " + resamples);
    }
    if (!(confidence > 0 && confidence < 1)) {
      throw new IllegalArgumentException("confidence must be between 0 and 1, got " + confidence);
    }
    Map<String, List<Annotation>> byRepository = new TreeMap<>();
    gold.forEach(a -> byRepository.computeIfAbsent(a.issue().repository(), r -> new ArrayList<>()).add(a));
    boolean clusters = byRepository.size() >= MIN_REPOSITORIES;
    List<List<Annotation>> units = clusters ? List.copyOf(byRepository.values())
        : gold.stream().map(List::of).toList();

    EvaluationReport whole = MethodEvaluation.evaluate(taxonomy, gold, predicted);
    Map<String, double[]> drawn = new LinkedHashMap<>();
    Map<String, Integer> scored = new LinkedHashMap<>();
    FIGURES.keySet().forEach(name -> {
      drawn.put(name, new double[resamples]);
      scored.put(name, 0);
    });
    Random random = new Random(seed);
    List<Annotation> draw = new ArrayList<>(gold.size() * 2);
    for (int b = 0; b < resamples; b++) {
      draw.clear();
      for (int i = 0; i < units.size(); i++) {
        draw.addAll(units.get(random.nextInt(units.size())));
      }
      EvaluationReport report = MethodEvaluation.evaluate(taxonomy, draw, predicted);
      for (Map.Entry<String, ToDoubleFunction<EvaluationReport>> figure : FIGURES.entrySet()) {
        if (scores(figure.getKey(), report)) {
          int n = scored.get(figure.getKey());
          drawn.get(figure.getKey())[n] = figure.getValue().applyAsDouble(report);
          scored.put(figure.getKey(), n + 1);
        }
      }
    }
    double tail = (1 - confidence) / 2;
    Map<String, Interval> intervals = new LinkedHashMap<>();
    FIGURES.forEach((name, figure) -> {
      double[] values = Arrays.copyOf(drawn.get(name), scored.get(name));
      Arrays.sort(values);
      double value = scores(name, whole) ? figure.applyAsDouble(whole) : Double.NaN;
      intervals.put(name, values.length == 0 ? new Interval(value, Double.NaN, Double.NaN)
          : new Interval(value, Descriptives.quantile(values, tail), Descriptives.quantile(values, 1 - tail)));
    });
    return new EvaluationIntervals(clusters, units.size(), resamples, seed, confidence, intervals);
  }

  /** A resample without a gold item of a figure's kind says nothing about that figure. */
  private static boolean scores(String figure, EvaluationReport report) {
    if (figure.startsWith("ptm")) {
      return report.ptm().support() > 0;
    }
    return figure.startsWith("sub-theme") ? report.subThemeItems() > 0 : report.themeItems() > 0;
  }
}
