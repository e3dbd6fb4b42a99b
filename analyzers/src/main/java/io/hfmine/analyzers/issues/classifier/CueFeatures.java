package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.IssueText;
import io.hfmine.analyzers.issues.rules.CueHit;
import io.hfmine.analyzers.issues.rules.CueSet;
import io.hfmine.analyzers.issues.rules.KnownModels;
import io.hfmine.analyzers.issues.taxonomy.SubTheme;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Features from the taxonomy's cues, appended to the TF-IDF vector: per sub-theme the weighted
 * cue hits, and the counts of PTM evidence (known model ids, libraries, exceptions, phrases).
 *
 * <p>A few hundred labelled issues are too few for words alone to separate 32 sub-themes; the
 * cues carry the taxonomy's knowledge, and the regression learns how much each is worth.
 * The cue lists are kept as written, so a model keeps working when the taxonomy file is edited.
 */
final class CueFeatures implements Serializable {
  @Serial
  private static final long serialVersionUID = 1L;

  private final LinkedHashMap<String, ArrayList<String>> written = new LinkedHashMap<>();
  private final double titleWeight;
  private transient List<CueSet> compiled;
  // Cross-validation computes the same issue's cue features once for all folds.
  private transient Map<io.hfmine.analyzers.issues.IssueId, double[]> memo;

  CueFeatures(Taxonomy taxonomy, double titleWeight) {
    for (SubTheme sub : taxonomy.subThemes()) {
      written.put(sub.code(), new ArrayList<>(sub.cues()));
    }
    written.put("relevance:library", new ArrayList<>(taxonomy.relevance().libraries()));
    written.put("relevance:exception", new ArrayList<>(taxonomy.relevance().exceptions()));
    written.put("relevance:phrase", new ArrayList<>(taxonomy.relevance().phrases()));
    written.put("relevance:weak", new ArrayList<>(taxonomy.relevance().weakPhrases()));
    this.titleWeight = titleWeight;
  }

  /** Position of a sub-theme's cue score in the feature vector {@link #compute} returns, or -1. */
  int indexOf(String subTheme) {
    int index = 0;
    for (String label : written.keySet()) {
      if (label.equals(subTheme)) {
        return index;
      }
      index++;
    }
    return -1;
  }

  int size() {
    return written.size() + 1;
  }

  /** Remembers computed features by issue id from now on (for repeated training on the same issues). */
  CueFeatures memoizing() {
    memo = new java.util.HashMap<>();
    return this;
  }

  /** log(1 + weighted hits) per cue set, then log(1 + known model ids). */
  double[] compute(IssueText issue, KnownModels knownModels) {
    if (memo != null) {
      return memo.computeIfAbsent(issue.id(), id -> computeUncached(issue, knownModels));
    }
    return computeUncached(issue, knownModels);
  }

  private double[] computeUncached(IssueText issue, KnownModels knownModels) {
    if (compiled == null) {
      List<CueSet> sets = new ArrayList<>();
      for (Map.Entry<String, ArrayList<String>> entry : written.entrySet()) {
        sets.add(new CueSet(entry.getKey(), entry.getValue()));
      }
      compiled = sets;
    }
    double[] features = new double[size()];
    String discussion = issue.discussion();
    for (int i = 0; i < compiled.size(); i++) {
      double score = 0;
      for (CueHit hit : compiled.get(i).hits(issue.title(), discussion)) {
        score += hit.inTitle() ? titleWeight : 1;
      }
      features[i] = Math.log1p(score);
    }
    features[compiled.size()] = Math.log1p(knownModels.known(KnownModels.candidates(issue.fullText())).size());
    return features;
  }
}
