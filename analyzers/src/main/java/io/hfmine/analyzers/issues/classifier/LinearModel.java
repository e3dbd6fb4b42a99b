package io.hfmine.analyzers.issues.classifier;

import java.util.List;
import smile.classification.LogisticRegression;

/**
 * A trained logistic regression as plain numbers, so a model can be written to a file, read back
 * by any hfmine version that knows the format, and checked by reading it.
 *
 * @param classes the class names; a binary model has two, the positive one second
 * @param weights one row per class but the reference class (the last): feature weights then the intercept
 */
public record LinearModel(List<String> classes, double[][] weights) {
  public LinearModel {
    classes = List.copyOf(classes);
    if (weights.length != classes.size() - 1) {
      throw new IllegalArgumentException(classes.size() + " classes need " + (classes.size() - 1) + " weight rows, got "
          + weights.length);
    }
  }

  /** The coefficients of a trained Smile binomial regression (class 1 positive). */
  static LinearModel of(LogisticRegression.Binomial model, String negative, String positive) {
    // Smile's binomial gives P(1) = sigmoid(w.x + b); as a two-class softmax with class 0 the
    // reference that is the row for class 1, so the class order is (positive, negative) here.
    return new LinearModel(List.of(positive, negative), new double[][] {model.coefficients().clone()});
  }

  /** The coefficients of a trained Smile multinomial regression (the last class is the reference). */
  static LinearModel of(LogisticRegression.Multinomial model, List<String> classes) {
    double[][] coefficients = model.coefficients();
    double[][] copy = new double[coefficients.length][];
    for (int i = 0; i < coefficients.length; i++) {
      copy[i] = coefficients[i].clone();
    }
    return new LinearModel(classes, copy);
  }

  public int features() {
    return weights.length == 0 ? 0 : weights[0].length - 1;
  }

  /** The probability of each class, in {@link #classes()} order. */
  public double[] probabilities(double[] x) {
    int k = classes.size();
    double[] scores = new double[k];
    double max = 0;
    for (int c = 0; c < k - 1; c++) {
      double[] w = weights[c];
      double score = w[w.length - 1];
      for (int i = 0; i < x.length; i++) {
        score += w[i] * x[i];
      }
      scores[c] = score;
      max = Math.max(max, score);
    }
    double sum = 0;
    for (int c = 0; c < k; c++) {
      scores[c] = Math.exp(scores[c] - max);
      sum += scores[c];
    }
    for (int c = 0; c < k; c++) {
      scores[c] /= sum;
    }
    return scores;
  }

  /** The probability of one class. */
  public double probability(double[] x, String name) {
    int index = classes.indexOf(name);
    if (index < 0) {
      throw new IllegalArgumentException("no class '" + name + "' among " + classes);
    }
    return probabilities(x)[index];
  }
}
