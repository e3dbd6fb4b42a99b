package io.hfmine.analyzers.issues.classifier;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import java.util.ArrayList;
import java.util.List;

/**
 * A theme vote from the training issues themselves: each theme's centroid is the mean of the
 * embeddings of the training issues whose primary theme it is (title and opening apart, each
 * unit-length, less the mean of every PTM-related training issue), and an issue's score for a
 * theme is the mean of its title's and opening's cosines to that centroid, turned into
 * probabilities by a softmax.
 *
 * <p>Why beside the regressions: hundreds of embedding dimensions are too many weights for a few
 * hundred examples per theme, and the taxonomy's definitions ({@link PrototypeVote}) are written in
 * the taxonomy's words, not the reporters'. A centroid has no weights to fit and speaks the
 * reporters' words; centring on the mean of all issues leaves what sets a theme's issues apart
 * from the others rather than what every issue about models shares.
 *
 * @param themes the theme codes, in the order of the centroids
 * @param title each theme's centroid of title embeddings, centred
 * @param opening each theme's centroid of opening embeddings, centred
 * @param titleMean the mean title embedding the centroids were centred on
 * @param openingMean the mean opening embedding the centroids were centred on
 */
public record ExampleVote(List<String> themes, float[][] title, float[][] opening, float[] titleMean,
    float[] openingMean) {
  /**
   * Softmax temperature when the settings give none: centred cosines of one issue to the
   * centroids differ by hundredths to tenths (0.03 did better than 0.1 in cross-validation).
   */
  static final double TEMPERATURE = 0.03;

  public ExampleVote {
    themes = List.copyOf(themes);
  }

  /**
   * The centroids of the PTM-related training issues of each of {@code themes}; null when the
   * issues have no embeddings or a theme has no example.
   */
  public static ExampleVote fit(List<PreparedIssue> issues, List<Annotation> gold, List<String> themes) {
    if (issues.isEmpty() || issues.get(0).embedding() == null || themes.isEmpty()) {
      return null;
    }
    int d = issues.get(0).embedding().length / 2;
    double[][] title = new double[themes.size()][d];
    double[][] opening = new double[themes.size()][d];
    int[] counts = new int[themes.size()];
    double[] titleMean = new double[d];
    double[] openingMean = new double[d];
    int all = 0;
    for (int i = 0; i < issues.size(); i++) {
      Annotation annotation = gold.get(i);
      if (!annotation.ptmAnnotated() || !annotation.isPtm()) {
        continue;
      }
      float[] embedding = issues.get(i).embedding();
      float[] t = unit(embedding, 0, d);
      float[] o = unit(embedding, d, d);
      add(titleMean, t);
      add(openingMean, o);
      all++;
      int theme = themes.indexOf(annotation.primaryTheme());
      if (theme >= 0) {
        add(title[theme], t);
        add(opening[theme], o);
        counts[theme]++;
      }
    }
    for (int count : counts) {
      if (count == 0) {
        return null;
      }
    }
    float[] titleCentre = mean(titleMean, all);
    float[] openingCentre = mean(openingMean, all);
    float[][] titleCentroids = new float[themes.size()][];
    float[][] openingCentroids = new float[themes.size()][];
    for (int c = 0; c < themes.size(); c++) {
      titleCentroids[c] = subtract(mean(title[c], counts[c]), titleCentre);
      openingCentroids[c] = subtract(mean(opening[c], counts[c]), openingCentre);
    }
    return new ExampleVote(themes, titleCentroids, openingCentroids, titleCentre, openingCentre);
  }

  /** The probability of each of {@code classes} (in that order) for an issue's embedding; null when a class has no centroid. */
  public double[] probabilities(List<String> classes, float[] embedding, double temperature) {
    int d = titleMean.length;
    float[] t = subtract(unit(embedding, 0, d), titleMean);
    float[] o = subtract(unit(embedding, d, d), openingMean);
    double[] score = new double[classes.size()];
    for (int c = 0; c < classes.size(); c++) {
      int at = themes.indexOf(classes.get(c));
      if (at < 0) {
        return null;
      }
      score[c] = (SentenceEmbedder.cosine(t, title[at]) + SentenceEmbedder.cosine(o, opening[at])) / 2;
    }
    return Softmax.of(score, temperature);
  }

  // One half of an issue's embedding (title or opening) at unit length.
  private static float[] unit(float[] embedding, int from, int length) {
    return SentenceEmbedder.normalize(java.util.Arrays.copyOfRange(embedding, from, from + length));
  }

  private static void add(double[] into, float[] values) {
    for (int i = 0; i < into.length; i++) {
      into[i] += values[i];
    }
  }

  private static float[] mean(double[] sum, int count) {
    float[] mean = new float[sum.length];
    for (int i = 0; i < sum.length; i++) {
      mean[i] = (float) (sum[i] / count);
    }
    return mean;
  }

  // In place; returns the vector.
  private static float[] subtract(float[] from, float[] values) {
    for (int i = 0; i < from.length; i++) {
      from[i] -= values[i];
    }
    return from;
  }

  /** The centres and centroids as rows of numbers, for the model file. */
  List<double[]> rows() {
    List<double[]> rows = new ArrayList<>();
    rows.add(doubles(titleMean));
    rows.add(doubles(openingMean));
    for (float[] row : title) {
      rows.add(doubles(row));
    }
    for (float[] row : opening) {
      rows.add(doubles(row));
    }
    return rows;
  }

  /** The inverse of {@link #rows()}. */
  static ExampleVote ofRows(List<String> themes, List<double[]> rows) {
    int n = themes.size();
    if (rows.size() != 2 + 2 * n) {
      throw new IllegalArgumentException("theme centroids: expected " + (2 + 2 * n) + " rows for " + n + " themes, got "
          + rows.size());
    }
    float[][] values = rows.stream().map(ExampleVote::floats).toArray(float[][]::new);
    return new ExampleVote(themes, java.util.Arrays.copyOfRange(values, 2, 2 + n),
        java.util.Arrays.copyOfRange(values, 2 + n, 2 + 2 * n), values[0], values[1]);
  }

  private static double[] doubles(float[] values) {
    double[] copy = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = values[i];
    }
    return copy;
  }

  private static float[] floats(double[] values) {
    float[] copy = new float[values.length];
    for (int i = 0; i < values.length; i++) {
      copy[i] = (float) values[i];
    }
    return copy;
  }
}
