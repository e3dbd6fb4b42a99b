package io.hfmine.analyzers.issues.classifier;

import java.util.List;
import smile.classification.GradientTreeBoost;
import smile.data.DataFrame;
import smile.data.Tuple;
import smile.data.formula.Formula;
import smile.data.type.StructType;
import smile.data.vector.IntVector;

/**
 * Gradient-boosted trees (Smile's) over the dense knowledge features the relevance regression
 * reads: the evidence by kind and by region, the rules' score and the project's context. A
 * regression weighs each of them once; trees read how they combine (evidence in pasted output
 * of a project that loads no pre-trained model is not evidence in the title of one that does).
 * The classifier blends its probability with the regression's.
 */
final class BoostedRelevance {
  private static final String TARGET = "ptm";

  private final GradientTreeBoost model;
  private final int[] columns;
  private final StructType schema;

  private BoostedRelevance(GradientTreeBoost model, int[] columns, StructType schema) {
    this.model = model;
    this.columns = columns.clone();
    this.schema = schema;
  }

  /**
   * Trains on the given columns of {@code x} (the full input vectors) with labels 1 (PTM-related)
   * and 0.
   */
  static BoostedRelevance fit(double[][] x, boolean[] positive, int[] columns, int trees) {
    double[][] rows = new double[x.length][];
    for (int i = 0; i < x.length; i++) {
      rows[i] = pick(x[i], columns);
    }
    String[] names = new String[columns.length];
    for (int c = 0; c < columns.length; c++) {
      names[c] = "f" + c;
    }
    int[] y = new int[positive.length];
    for (int i = 0; i < y.length; i++) {
      y[i] = positive[i] ? 1 : 0;
    }
    DataFrame predictors = DataFrame.of(rows, names);
    DataFrame data = predictors.merge(new DataFrame(new IntVector(TARGET, y)));
    // Shallow trees and a small step: a thousand-odd examples, a few dozen features.
    GradientTreeBoost.Options options = new GradientTreeBoost.Options(trees, 3, 6, 10, 0.05, 0.7, null, null);
    return new BoostedRelevance(GradientTreeBoost.fit(Formula.lhs(TARGET), data, options), columns, predictors.schema());
  }

  /** The probability that the issue of this input vector is PTM-related. */
  double probability(double[] x) {
    double[] p = new double[2];
    model.predict(Tuple.of(schema, pick(x, columns)), p);
    return p[1];
  }

  /** The indices of the knowledge features of the named blocks in the full input vector. */
  static int[] columns(FeatureSpace space, List<String> blocks) {
    int offset = space.vocabulary().dimensions() + space.embeddingDimensions();
    List<String> names = space.knowledgeNames();
    return java.util.stream.IntStream.range(0, names.size()).filter(k -> blocks.contains(ClassifierTrainer.block(names.get(k))))
        .map(k -> offset + k).toArray();
  }

  private static double[] pick(double[] x, int[] columns) {
    double[] picked = new double[columns.length];
    for (int c = 0; c < columns.length; c++) {
      picked[c] = x[columns[c]];
    }
    return picked;
  }
}
