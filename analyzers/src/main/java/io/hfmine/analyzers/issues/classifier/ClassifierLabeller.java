package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueLabeller;
import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.ThemeRanking;
import io.hfmine.analyzers.issues.context.ProjectContexts;
import io.hfmine.analyzers.issues.rules.TypeRules;
import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.cache.CachingEmbedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Labels issues with a trained {@link IssueClassifierModel}. The theme probabilities are the theme
 * regression's, blended with the definitions' vote ({@link PrototypeVote}) and the sub-theme
 * regression's summed per theme ({@link SubThemeVote}) as the settings say. The primary theme is the most
 * probable one, other themes are added from {@code secondary-theme-threshold} on; within each
 * theme the most probable sub-theme (where the sub-theme model has none of that theme, the one
 * whose taxonomy cues fire most). Themes are given for every issue, also where the model says
 * not PTM-related (see {@link IssueLabelling}). A GitHub label that maps to a type wins over the
 * model's type.
 */
public final class ClassifierLabeller implements IssueLabeller {
  public static final String SOURCE = "classifier";

  private final IssueClassifierModel model;
  private final Taxonomy taxonomy;
  private final IssuePreparation preparation;
  private final TypeRules typeLabels;
  private final Map<IssueId, PreparedIssue> prepared = new HashMap<>();
  private final SentenceEmbedder embedder;

  /**
   * @param features computed with the model's taxonomy and rule settings
   * @param projects the projects' contexts, computed with {@code features.relevance()} and the model's context settings
   * @param embedder the model's sentence embedder, null when it has none
   */
  public ClassifierLabeller(IssueClassifierModel model, IssueFeatures features, ProjectContexts projects,
      SentenceEmbedder embedder, Map<String, List<String>> typeLabels) {
    if (model.embedder() != null && (embedder == null || !embedder.name().equals(model.embedder()))) {
      throw new IllegalArgumentException("the classifier was trained with embeddings of " + model.embedder()
          + "; this hfmine has " + (embedder == null ? "none" : embedder.name()) + " (train it again)");
    }
    this.model = model;
    this.embedder = model.embedder() == null ? null : embedder;
    this.taxonomy = model.taxonomy();
    this.preparation = new IssuePreparation(features, projects, model.embedder() == null ? null : embedder,
        model.settings().embeddingChars());
    this.typeLabels = TypeRules.labelsOnly(typeLabels);
  }

  @Override
  public String source() {
    return SOURCE;
  }

  @Override
  public String workDone() {
    return embedder instanceof CachingEmbedder cached
        ? String.format("%,d texts embedded, %,d taken from the embedding cache", cached.computed(), cached.reused())
        : null;
  }

  @Override
  public void prepare(List<IssueText> issues) {
    prepared.clear();
    preparation.prepare(issues).forEach(p -> prepared.put(p.issue().id(), p));
  }

  @Override
  public IssueLabelling label(IssueText issue) {
    PreparedIssue input = prepared.get(issue.id());
    if (input == null) {
      input = preparation.prepare(List.of(issue)).get(0);
    }
    return label(model, taxonomy, input, typeLabels);
  }

  /** Labels a prepared issue (cross-validation calls this with the models of each fold). */
  public static IssueLabelling label(IssueClassifierModel model, Taxonomy taxonomy, PreparedIssue input,
      TypeRules typeLabels) {
    double[] x = model.features().vector(input.terms(), input.embedding(), input.knowledge());
    double pPtm = model.ptm().probability(x, "true");
    boolean isPtm = pPtm >= model.ptmThreshold();
    ScoredCode relevance = new ScoredCode(Boolean.toString(isPtm), round(isPtm ? pPtm : 1 - pPtm), "P(ptm) = " + round(pPtm));
    List<ScoredCode> themes = themes(model, taxonomy, x, input.knowledge(), input.embedding());
    List<ScoredCode> subThemes = subThemes(model, taxonomy, x, themes);
    ScoredCode type = typeLabels == null ? null : typeLabels.fromGithubLabels(input.issue());
    if (type == null && model.type() != null) {
      double[] p = model.type().probabilities(x);
      int best = argmax(p);
      type = new ScoredCode(model.type().classes().get(best), round(p[best]), "P(type) = " + round(p[best]));
    }
    return new IssueLabelling(input.issue().id(), relevance, themes, subThemes, type);
  }

  private static List<ScoredCode> themes(IssueClassifierModel model, Taxonomy taxonomy, double[] x, double[] knowledge,
      float[] embedding) {
    if (model.themes() == null) {
      return List.of();
    }
    double[] p = model.themes().probabilities(x);
    double blend = model.settings().prototypeBlend();
    double[] vote = blend > 0 ? PrototypeVote.probabilities(model.themes().classes(), model.features().knowledgeNames(),
        knowledge) : null;
    if (vote != null) {
      for (int c = 0; c < p.length; c++) {
        p[c] = (1 - blend) * p[c] + blend * vote[c];
      }
    }
    double fromExamples = model.settings().exampleBlend();
    double[] examples = fromExamples > 0 && model.examples() != null && embedding != null
        ? model.examples().probabilities(model.themes().classes(), embedding, model.settings().exampleTemperature()) : null;
    if (examples != null) {
      for (int c = 0; c < p.length; c++) {
        p[c] = (1 - fromExamples) * p[c] + fromExamples * examples[c];
      }
    }
    double hierarchy = model.settings().subThemeBlend();
    double[] fromSubThemes = hierarchy > 0 && model.subThemes() != null ? SubThemeVote.probabilities(model.themes().classes(),
        taxonomy, model.subThemes().classes(), model.subThemes().probabilities(x)) : null;
    if (fromSubThemes != null) {
      for (int c = 0; c < p.length; c++) {
        p[c] = (1 - hierarchy) * p[c] + hierarchy * fromSubThemes[c];
      }
    }
    List<ScoredCode> scored = new ArrayList<>();
    for (int c = 0; c < p.length; c++) {
      String code = model.themes().classes().get(c);
      scored.add(new ScoredCode(code, round(p[c]), "P(" + code + ") = " + round(p[c])));
    }
    List<ScoredCode> ranked = ThemeRanking.byScore(scored, taxonomy.themeCodes());
    List<ScoredCode> chosen = new ArrayList<>();
    chosen.add(ranked.get(0));
    for (ScoredCode theme : ranked.subList(1, ranked.size())) {
      if (theme.confidence() >= model.settings().secondaryThemeThreshold()) {
        chosen.add(theme);
      }
    }
    return chosen;
  }

  private static List<ScoredCode> subThemes(IssueClassifierModel model, Taxonomy taxonomy, double[] x,
      List<ScoredCode> themes) {
    Map<String, Double> probability = new HashMap<>();
    if (model.subThemes() != null) {
      double[] p = model.subThemes().probabilities(x);
      for (int c = 0; c < p.length; c++) {
        probability.put(model.subThemes().classes().get(c), p[c]);
      }
    }
    List<String> cueNames = model.features().knowledgeNames();
    int vocabulary = model.features().vocabulary().dimensions() + model.features().embeddingDimensions();
    List<ScoredCode> chosen = new ArrayList<>();
    for (ScoredCode theme : themes) {
      ScoredCode best = null;
      for (SubTheme sub : taxonomy.theme(theme.code()).map(t -> t.subThemes()).orElse(List.of())) {
        Double p = probability.get(sub.code());
        if (p != null && (best == null || p > best.confidence())) {
          best = new ScoredCode(sub.code(), round(p), "P(" + sub.code() + ") = " + round(p));
        }
      }
      if (best == null) {
        // No sub-theme of this theme was learnt: the one whose taxonomy cues fire most, else the first.
        double bestCue = -1;
        for (SubTheme sub : taxonomy.theme(theme.code()).map(t -> t.subThemes()).orElse(List.of())) {
          int at = cueNames.indexOf("cues:" + sub.code());
          double cue = at < 0 ? 0 : x[vocabulary + at];
          if (cue > bestCue) {
            bestCue = cue;
            best = new ScoredCode(sub.code(), 0.5, bestCue > 0 ? "strongest taxonomy cues within " + theme.code()
                : "first sub-theme of " + theme.code() + " (no cue fired)");
          }
        }
      }
      if (best != null) {
        chosen.add(best);
      }
    }
    return chosen;
  }

  private static int argmax(double[] values) {
    int best = 0;
    for (int i = 1; i < values.length; i++) {
      if (values[i] > values[best]) {
        best = i;
      }
    }
    return best;
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
