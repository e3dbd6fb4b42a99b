package io.hfmine.analyzers.repos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The downstream-project filter of the issue study, as a pure function over repository rows.
 *
 * <p>Steps, each reported with the projects it leaves: all repositories; still on GitHub (not
 * gone or blocked); a verified usage (when required: a code-search hit whose file parsing showed
 * to load a model, so mention-only repositories are not downstream projects); not a fork; not archived or disabled; not on the exclusion list; primary
 * language; one threshold per metric in the configured order (a fixed minimum, or the elbow of
 * "threshold vs projects left" computed on the projects left at that step; a repository whose
 * metric is unknown does not pass); one step per keyword category; the English description.
 * Steps the configuration switches off are not reported.
 */
public final class RepositoryFilter {
  private final RepoSelectSettings settings;
  private final Set<String> excluded;
  private final Map<RepositoryMetric, Threshold> thresholds;
  private final KeywordExclusion keywords;
  private final EnglishTextCheck english;

  /**
   * @param elbowEverywhere pick every configured metric's threshold at its elbow ({@code --elbow})
   * @param extraExcluded names excluded besides the configured list ({@code --exclude FILE})
   */
  public RepositoryFilter(RepoSelectSettings settings, boolean elbowEverywhere, List<String> extraExcluded) {
    this.settings = settings;
    Set<String> names = new TreeSet<>();
    settings.exclude().forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    extraExcluded.forEach(name -> names.add(name.toLowerCase(Locale.ROOT)));
    this.excluded = names;
    this.thresholds = parseThresholds(settings.thresholds(), elbowEverywhere);
    this.keywords = new KeywordExclusion(settings.excludeKeywords());
    this.english = settings.english().enabled()
        ? new EnglishTextCheck(settings.english().minLatinShare(), settings.english().minWords())
        : null;
  }

  /** Runs every step over {@code repositories}, telling {@code onStep} each funnel row as it is done. */
  public SelectionOutcome select(List<RepositoryCandidate> repositories, Consumer<FunnelStep> onStep) {
    Run run = new Run(repositories, onStep);
    run.report("repositories in the store");
    run.keep("still on GitHub (not 404/451)", repo -> "ok".equals(repo.status()) ? null : "status " + repo.status());
    if (settings.requireVerifiedUsage()) {
      run.keep("loads a model (a verified usage, not only a mention)", repo -> switch (repo.usage()) {
        case VERIFIED -> null;
        case MENTION_ONLY -> "mention-only hits";
        case UNVERIFIED -> "hits not verified (run hfmine usage extract)";
        case NO_HITS -> "no code-search hit";
      });
    }
    run.keep("not a fork", repo -> repo.fork() ? "fork" : null);
    run.keep("not archived or disabled", repo -> repo.archived() ? "archived" : repo.disabled() ? "disabled" : null);
    run.keep("not on the exclusion list (" + excluded.size() + (excluded.size() == 1 ? " name)" : " names)"),
        repo -> excluded.contains(repo.fullName().toLowerCase(Locale.ROOT)) ? "on the exclusion list" : null);
    if (!settings.languages().isEmpty()) {
      Set<String> languages = settings.languages().stream().map(l -> l.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
      run.keep("primary language " + String.join(" or ", settings.languages()),
          repo -> repo.language() != null && languages.contains(repo.language().toLowerCase(Locale.ROOT))
              ? null : "language " + repo.language());
    }
    thresholds.forEach((metric, threshold) -> applyThreshold(run, metric, threshold));
    for (String category : keywords.categories()) {
      run.keep("no " + category + " keyword in name, description or topics", repo -> keywords
          .match(category, repo.fullName(), repo.description(), repo.topics())
          .map(keyword -> "keyword '" + keyword + "'").orElse(null));
    }
    if (english != null) {
      boolean keepUndetermined = settings.english().keepUndetermined();
      run.keep("English description" + (keepUndetermined ? " (undetermined kept)" : ""), repo -> {
        EnglishVerdict verdict = english.check(repo.description());
        boolean kept = verdict.isEnglish()
            || (keepUndetermined && verdict.decision() == EnglishVerdict.Decision.UNDETERMINED);
        return kept ? null : verdict.reason();
      });
    }
    return new SelectionOutcome(List.copyOf(run.steps), List.copyOf(run.left), run.dropped);
  }

  private void applyThreshold(Run run, RepositoryMetric metric, Threshold threshold) {
    long minimum;
    String rule;
    if (threshold instanceof Threshold.Fixed fixed) {
      minimum = fixed.minimum();
      rule = metric.key() + " >= " + minimum;
    } else {
      OptionalLong elbow = elbow(run.left, metric, settings.elbowSensitivity());
      if (elbow.isEmpty()) {
        run.report(metric.key() + ": no elbow, not filtered");
        return;
      }
      minimum = elbow.getAsLong();
      rule = metric.key() + " >= " + minimum + " (elbow)";
    }
    run.keep(rule, repo -> {
      Long value = repo.metric(metric);
      if (value == null) {
        return metric.key() + " unknown";
      }
      return value >= minimum ? null : metric.key() + " " + value;
    });
  }

  /**
   * The elbow of "threshold vs projects left" over the distinct values of {@code metric}:
   * x = a candidate minimum, y = how many repositories reach it.
   */
  static OptionalLong elbow(List<RepositoryCandidate> repositories, RepositoryMetric metric, double sensitivity) {
    long[] values = repositories.stream().map(repo -> repo.metric(metric)).filter(v -> v != null)
        .mapToLong(Long::longValue).sorted().toArray();
    List<double[]> points = new ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      if (i == 0 || values[i] != values[i - 1]) {
        points.add(new double[] {values[i], values.length - i});
      }
    }
    double[] x = points.stream().mapToDouble(p -> p[0]).toArray();
    double[] y = points.stream().mapToDouble(p -> p[1]).toArray();
    OptionalInt knee = Kneedle.knee(x, y, Kneedle.Shape.CONVEX, Kneedle.Direction.DECREASING, sensitivity);
    return knee.isEmpty() ? OptionalLong.empty() : OptionalLong.of((long) x[knee.getAsInt()]);
  }

  private static Map<RepositoryMetric, Threshold> parseThresholds(Map<String, String> configured, boolean elbow) {
    Map<RepositoryMetric, Threshold> parsed = new LinkedHashMap<>();
    configured.forEach((key, text) -> {
      RepositoryMetric metric;
      Threshold threshold;
      try {
        metric = RepositoryMetric.byKey(key);
        threshold = Threshold.parse(text);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("repos-select.thresholds." + key + ": " + e.getMessage(), e);
      }
      if (threshold != null) {
        parsed.put(metric, elbow ? new Threshold.Elbow() : threshold);
      }
    });
    return parsed;
  }

  /** The projects left as the steps run, and the funnel so far. */
  private static final class Run {
    private List<RepositoryCandidate> left;
    private final List<FunnelStep> steps = new ArrayList<>();
    private final Map<String, String> dropped = new LinkedHashMap<>();
    private final Consumer<FunnelStep> onStep;

    Run(List<RepositoryCandidate> repositories, Consumer<FunnelStep> onStep) {
      this.left = List.copyOf(repositories);
      this.onStep = onStep;
    }

    /** Keeps the repositories for which {@code reasonToDrop} answers null. */
    void keep(String rule, Function<RepositoryCandidate, String> reasonToDrop) {
      List<RepositoryCandidate> kept = new ArrayList<>(left.size());
      for (RepositoryCandidate repo : left) {
        String reason = reasonToDrop.apply(repo);
        if (reason == null) {
          kept.add(repo);
        } else {
          dropped.put(repo.fullName(), "step " + steps.size() + " (" + rule + "): " + reason);
        }
      }
      left = kept;
      report(rule);
    }

    void report(String rule) {
      FunnelStep step = new FunnelStep(steps.size(), rule, left.size());
      steps.add(step);
      onStep.accept(step);
    }
  }
}
