package io.hfmine.analyzers.issues.evaluation;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.stats.Descriptives;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

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
 * @param figures each {@link HeadlineFigure}'s value on the gold issues and its interval, in table order
 */
public record EvaluationIntervals(boolean byRepository, int units, int resamples, long seed, double confidence,
    Map<HeadlineFigure, Interval> figures) {

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

  /** A figure's interval; every {@link HeadlineFigure} has one. */
  public Interval interval(HeadlineFigure figure) {
    return figures.get(figure);
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
    Map<HeadlineFigure, double[]> drawn = new EnumMap<>(HeadlineFigure.class);
    Map<HeadlineFigure, Integer> scored = new EnumMap<>(HeadlineFigure.class);
    for (HeadlineFigure figure : HeadlineFigure.values()) {
      drawn.put(figure, new double[resamples]);
      scored.put(figure, 0);
    }
    Random random = new Random(seed);
    List<Annotation> draw = new ArrayList<>(gold.size() * 2);
    for (int b = 0; b < resamples; b++) {
      draw.clear();
      for (int i = 0; i < units.size(); i++) {
        draw.addAll(units.get(random.nextInt(units.size())));
      }
      EvaluationReport report = MethodEvaluation.evaluate(taxonomy, draw, predicted);
      for (HeadlineFigure figure : HeadlineFigure.values()) {
        // A resample without a gold item of a figure's kind says nothing about that figure.
        if (figure.scoredIn(report)) {
          int n = scored.get(figure);
          drawn.get(figure)[n] = figure.of(report);
          scored.put(figure, n + 1);
        }
      }
    }
    double tail = (1 - confidence) / 2;
    Map<HeadlineFigure, Interval> intervals = new EnumMap<>(HeadlineFigure.class);
    for (HeadlineFigure figure : HeadlineFigure.values()) {
      double[] values = Arrays.copyOf(drawn.get(figure), scored.get(figure));
      Arrays.sort(values);
      double value = figure.scoredIn(whole) ? figure.of(whole) : Double.NaN;
      intervals.put(figure, values.length == 0 ? new Interval(value, Double.NaN, Double.NaN)
          : new Interval(value, Descriptives.quantile(values, tail), Descriptives.quantile(values, 1 - tail)));
    }
    return new EvaluationIntervals(clusters, units.size(), resamples, seed, confidence, Collections.unmodifiableMap(intervals));
  }

}
