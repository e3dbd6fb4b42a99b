package io.hfmine.analyzers.issues.classifier;

import java.util.List;

/**
 * A second level over the first level's outputs: a small logistic regression that reads the
 * relevance regression's log-odds beside the nearest labelled neighbours' PTM-related share and
 * similarity, and one that reads the first level's theme probabilities beside the neighbours'
 * theme shares. Fitted on out-of-fold first-level outputs (an inner cross-validation grouped by
 * repository on the training issues), so it learns how far to trust each source on issues of
 * projects the first level never saw.
 *
 * @param relevance over {@link #relevanceRow}; classes "true" and "false"
 * @param themes over {@link #themeRow}, its classes the first level's themes; null without themes
 */
public record StackedLevel(LinearModel relevance, LinearModel themes) {
  private static final double EDGE = 1e-4;

  /** The relevance row: the first level's log-odds, the neighbours' PTM-related share and their mean similarity. */
  public static double[] relevanceRow(double pPtm, List<String> knowledgeNames, double[] knowledge) {
    double p = Math.min(1 - EDGE, Math.max(EDGE, pPtm));
    return new double[] {Math.log(p / (1 - p)), value(knowledgeNames, knowledge, NeighbourLabels.PREFIX + "ptm-share"),
        value(knowledgeNames, knowledge, NeighbourLabels.PREFIX + "similarity")};
  }

  /**
   * The theme row: the log of the first level's probability of each theme (a softmax's own scale, so
   * the second level can keep the first level's ranking with one weight), then the neighbours' share
   * of each (same order).
   */
  public static double[] themeRow(double[] probabilities, List<String> themes, List<String> knowledgeNames, double[] knowledge) {
    double[] row = new double[2 * themes.size()];
    for (int c = 0; c < themes.size(); c++) {
      row[c] = Math.log(Math.max(EDGE, probabilities[c]));
      row[themes.size() + c] = value(knowledgeNames, knowledge, NeighbourLabels.PREFIX + "theme~" + themes.get(c));
    }
    return row;
  }

  private static double value(List<String> names, double[] knowledge, String name) {
    int at = names.indexOf(name);
    if (at < 0) {
      throw new IllegalArgumentException("the second level needs the neighbour feature " + name);
    }
    return knowledge[at];
  }
}
