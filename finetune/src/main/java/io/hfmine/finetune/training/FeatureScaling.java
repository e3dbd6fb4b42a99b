package io.hfmine.finetune.training;

import java.util.List;

/**
 * Features centred on the training issues' means and divided by their spreads, so that counts of
 * cue hits and shares of a project's issues enter the output layers on one footing with the
 * encoder's hidden state. A feature that never varies in training is divided by 1.
 */
record FeatureScaling(double[] means, double[] spreads) {

  static FeatureScaling of(List<double[]> rows, int width) {
    double[] means = new double[width];
    double[] spreads = new double[width];
    for (double[] row : rows) {
      for (int j = 0; j < width; j++) {
        means[j] += row[j] / rows.size();
      }
    }
    for (double[] row : rows) {
      for (int j = 0; j < width; j++) {
        spreads[j] += (row[j] - means[j]) * (row[j] - means[j]) / rows.size();
      }
    }
    for (int j = 0; j < width; j++) {
      spreads[j] = spreads[j] > 1e-12 ? Math.sqrt(spreads[j]) : 1.0;
    }
    return new FeatureScaling(means, spreads);
  }

  int width() {
    return means.length;
  }

  float[] apply(double[] row) {
    if (row.length != means.length) {
      throw new IllegalArgumentException("an issue has " + row.length + " features where the model reads " + means.length);
    }
    float[] scaled = new float[row.length];
    for (int j = 0; j < row.length; j++) {
      scaled[j] = (float) ((row[j] - means[j]) / spreads[j]);
    }
    return scaled;
  }
}
