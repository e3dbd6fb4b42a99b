package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueLabelling;
import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.ScoredCode;
import io.hfmine.analyzers.issues.rules.KnownModels;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import smile.classification.LogisticRegression;

/**
 * A trained issue classifier: TF-IDF and taxonomy-cue features, one binomial logistic regression for PTM
 * relevance, one per theme and per learnable sub-theme (trained on PTM-related issues only), and
 * a multinomial one for the issue type.
 */
public final class IssueClassifierModel implements Serializable {
  @Serial
  private static final long serialVersionUID = 1L;

  private final TfIdfVectorizer vectorizer;
  private final CueFeatures cues;
  private final LogisticRegression.Binomial ptm;
  private final Map<String, LogisticRegression.Binomial> themes;
  private final Map<String, LogisticRegression.Binomial> subThemes;
  private final LogisticRegression type;
  private final List<String> typeNames;
  private final double threshold;
  private final List<String> subThemeCodes;

  IssueClassifierModel(TfIdfVectorizer vectorizer, CueFeatures cues, LogisticRegression.Binomial ptm,
      Map<String, LogisticRegression.Binomial> themes, Map<String, LogisticRegression.Binomial> subThemes,
      LogisticRegression type, List<String> typeNames, double threshold, List<String> subThemeCodes) {
    this.vectorizer = vectorizer;
    this.cues = cues;
    this.ptm = ptm;
    this.themes = new LinkedHashMap<>(themes);
    this.subThemes = new LinkedHashMap<>(subThemes);
    this.type = type;
    this.typeNames = List.copyOf(typeNames);
    this.threshold = threshold;
    this.subThemeCodes = List.copyOf(subThemeCodes);
  }

  public int vocabularySize() {
    return vectorizer.size();
  }

  /** Labels an issue; the type comes from the model (callers prefer GitHub labels when they map). */
  public IssueLabelling label(IssueText issue, KnownModels knownModels) {
    double[] cueValues = cues.compute(issue, knownModels);
    double[] x = join(vectorizer.transform(issue.fullText()), cueValues);
    double pPtm = ptm == null ? 0 : probability(ptm, x);
    boolean isPtm = pPtm >= 0.5;
    ScoredCode relevance = new ScoredCode(Boolean.toString(isPtm), round(isPtm ? pPtm : 1 - pPtm),
        "P(ptm) = " + round(pPtm));
    List<ScoredCode> chosenThemes = new ArrayList<>();
    List<ScoredCode> chosenSubThemes = new ArrayList<>();
    if (isPtm) {
      chosenThemes = choose(themes, x);
      List<String> themeCodes = chosenThemes.stream().map(ScoredCode::code).toList();
      chosenSubThemes = subThemesOf(themeCodes, x, cueValues);
    }
    ScoredCode typeCode = null;
    if (type != null) {
      double[] posterior = new double[typeNames.size()];
      int predicted = type.predict(x, posterior);
      typeCode = new ScoredCode(typeNames.get(predicted), round(posterior[predicted]), "P(type) = " + round(posterior[predicted]));
    }
    return new IssueLabelling(issue.id(), relevance, chosenThemes, chosenSubThemes, typeCode);
  }

  // Labels at or above the threshold, strongest first; when none reaches it, the single most
  // probable one, since a PTM-related issue has at least one challenge.
  private List<ScoredCode> choose(Map<String, LogisticRegression.Binomial> models, double[] x) {
    List<ScoredCode> scored = new ArrayList<>();
    for (Map.Entry<String, LogisticRegression.Binomial> model : models.entrySet()) {
      String code = model.getKey();
      double p = probability(model.getValue(), x);
      scored.add(new ScoredCode(code, round(p), "P(" + code + ") = " + round(p)));
    }
    scored.sort(Comparator.comparingDouble(ScoredCode::confidence).reversed());
    List<ScoredCode> chosen = new ArrayList<>(scored.stream().filter(s -> s.confidence() >= threshold).toList());
    if (chosen.isEmpty() && !scored.isEmpty()) {
      chosen.add(scored.get(0));
    }
    return chosen;
  }

  /** TF-IDF of the text followed by the cue features. */
  static double[] features(TfIdfVectorizer vectorizer, CueFeatures cues, IssueText issue, KnownModels knownModels) {
    return join(vectorizer.transform(issue.fullText()), cues.compute(issue, knownModels));
  }

  private static double[] join(double[] words, double[] cueValues) {
    double[] all = java.util.Arrays.copyOf(words, words.length + cueValues.length);
    System.arraycopy(cueValues, 0, all, words.length, cueValues.length);
    return all;
  }

  // Within each predicted theme: the sub-themes the models are sure of (probability at or above
  // the threshold); else the one whose taxonomy cues fire most, since a few hundred training
  // issues leave most sub-themes with a handful of examples; else the most probable one.
  private List<ScoredCode> subThemesOf(List<String> themeCodes, double[] x, double[] cueValues) {
    List<ScoredCode> chosen = new ArrayList<>();
    for (String theme : themeCodes) {
      List<ScoredCode> scored = new ArrayList<>();
      for (Map.Entry<String, LogisticRegression.Binomial> model : subThemes.entrySet()) {
        if (model.getKey().startsWith(theme + ".")) {
          double p = probability(model.getValue(), x);
          scored.add(new ScoredCode(model.getKey(), round(p), "P(" + model.getKey() + ") = " + round(p)));
        }
      }
      scored.sort(Comparator.comparingDouble(ScoredCode::confidence).reversed());
      List<ScoredCode> sure = scored.stream().filter(s -> s.confidence() >= threshold).toList();
      if (!sure.isEmpty()) {
        chosen.addAll(sure);
        continue;
      }
      java.util.Optional<ScoredCode> cue = strongestCue(theme, cueValues);
      if (cue.isPresent()) {
        chosen.add(cue.get());
      } else if (!scored.isEmpty()) {
        chosen.add(scored.get(0));
      }
    }
    return chosen;
  }

  private java.util.Optional<ScoredCode> strongestCue(String theme, double[] cueValues) {
    String best = null;
    double bestScore = 0;
    for (String sub : subThemeCodes) {
      int index = cues.indexOf(sub);
      if (sub.startsWith(theme + ".") && index >= 0 && cueValues[index] > bestScore) {
        best = sub;
        bestScore = cueValues[index];
      }
    }
    return best == null ? java.util.Optional.empty()
        : java.util.Optional.of(new ScoredCode(best, 0.5, "strongest taxonomy cues within " + theme));
  }

  private static double probability(LogisticRegression.Binomial model, double[] x) {
    double[] posterior = new double[2];
    model.predict(x, posterior);
    return posterior[1];
  }

  private static double round(double value) {
    return Math.round(value * 1000) / 1000.0;
  }
}
