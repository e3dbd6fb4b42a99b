package io.hfmine.analyzers.text;

import java.util.Arrays;

/**
 * A sparse vector of term weights: sorted term indices and their values.
 *
 * <p>Usage vectors have a handful of non-zero terms out of hundreds, so distances are computed by
 * merging the two index lists instead of touching every dimension.
 */
public final class SparseVector {
  /** The vector with no non-zero term (a usage with no known call, keyword or kind). */
  public static final SparseVector EMPTY = new SparseVector(new int[0], new double[0]);

  private final int[] indices;
  private final double[] values;
  private final double norm;

  public SparseVector(int[] indices, double[] values) {
    if (indices.length != values.length) {
      throw new IllegalArgumentException("indices and values differ in length");
    }
    for (int i = 1; i < indices.length; i++) {
      if (indices[i] <= indices[i - 1]) {
        throw new IllegalArgumentException("indices must be strictly increasing");
      }
    }
    this.indices = indices;
    this.values = values;
    double squares = 0;
    for (double value : values) {
      squares += value * value;
    }
    this.norm = Math.sqrt(squares);
  }

  /** Term indices, ascending; callers must not modify the array. */
  public int[] indices() {
    return indices;
  }

  /** Weights, parallel to {@link #indices()}; callers must not modify the array. */
  public double[] values() {
    return values;
  }

  public int nonZeros() {
    return indices.length;
  }

  public boolean isEmpty() {
    return indices.length == 0;
  }

  public double dot(SparseVector other) {
    int[] a = indices;
    int[] b = other.indices;
    double sum = 0;
    int i = 0;
    int j = 0;
    while (i < a.length && j < b.length) {
      if (a[i] == b[j]) {
        sum += values[i++] * other.values[j++];
      } else if (a[i] < b[j]) {
        i++;
      } else {
        j++;
      }
    }
    return sum;
  }

  public double norm() {
    return norm;
  }

  /** This vector scaled to unit length; the empty vector stays empty. */
  public SparseVector normalized() {
    if (norm == 0) {
      return this;
    }
    double[] scaled = new double[values.length];
    for (int i = 0; i < values.length; i++) {
      scaled[i] = values[i] / norm;
    }
    return new SparseVector(indices, scaled);
  }

  /**
   * Cosine distance 1 - cos(a, b), in [0, 1] for non-negative weights.
   *
   * <p>Two empty vectors are identical (distance 0); an empty and a non-empty one share nothing
   * (distance 1), so usages without features form their own group instead of joining every group.
   */
  public double cosineDistance(SparseVector other) {
    if (isEmpty() || other.isEmpty()) {
      return isEmpty() && other.isEmpty() ? 0.0 : 1.0;
    }
    double cosine = dot(other) / (norm * other.norm);
    return Math.max(0.0, 1.0 - Math.min(1.0, cosine));
  }

  /** The dense form, for algorithms (Smile's k-means) that only take double[] rows. */
  public double[] toDense(int dimensions) {
    double[] dense = new double[dimensions];
    for (int i = 0; i < indices.length; i++) {
      dense[indices[i]] = values[i];
    }
    return dense;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof SparseVector v && Arrays.equals(indices, v.indices) && Arrays.equals(values, v.values);
  }

  @Override
  public int hashCode() {
    return 31 * Arrays.hashCode(indices) + Arrays.hashCode(values);
  }

  @Override
  public String toString() {
    StringBuilder text = new StringBuilder("{");
    for (int i = 0; i < indices.length; i++) {
      text.append(i == 0 ? "" : ", ").append(indices[i]).append(':').append(values[i]);
    }
    return text.append('}').toString();
  }
}
