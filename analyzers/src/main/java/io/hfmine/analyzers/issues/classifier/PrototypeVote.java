package io.hfmine.analyzers.issues.classifier;

import java.util.List;

/**
 * A theme vote that needs no training: each theme's score is the highest cosine between the
 * issue's title or opening and the definition of the theme or of one of its sub-themes (the
 * prototype features of {@link IssueEmbedding}), turned into probabilities by a softmax. It
 * generalises to projects and themes the training issues never showed, where a regression over
 * a hundred-odd PTM-related examples cannot; the classifier blends the two.
 */
public final class PrototypeVote {
  /** Softmax temperature: sentence-embedding cosines of related texts differ by hundredths. */
  static final double TEMPERATURE = 0.05;

  private PrototypeVote() {
  }

  /**
   * The probability of each of {@code themes} (in that order), or null when the knowledge
   * features hold no prototype cosines (a model without embeddings).
   */
  public static double[] probabilities(List<String> themes, List<String> knowledgeNames, double[] knowledge) {
    double[] best = new double[themes.size()];
    java.util.Arrays.fill(best, Double.NEGATIVE_INFINITY);
    boolean any = false;
    for (int k = 0; k < knowledgeNames.size(); k++) {
      String name = knowledgeNames.get(k);
      if (!name.startsWith(IssueEmbedding.PROTOTYPE)) {
        continue;
      }
      String code = name.substring(name.indexOf('~') + 1);
      int dot = code.indexOf('.');
      int theme = themes.indexOf(dot < 0 ? code : code.substring(0, dot));
      if (theme >= 0) {
        best[theme] = Math.max(best[theme], knowledge[k]);
        any = true;
      }
    }
    if (!any) {
      return null;
    }
    return Softmax.of(best, TEMPERATURE);
  }
}
