package io.hfmine.analyzers.patterns.clustering;

import io.hfmine.analyzers.text.SparseVector;
import smile.math.distance.Distance;

/** Cosine distance between sparse vectors, in the form Smile's algorithms take. */
final class CosineDistance implements Distance<SparseVector> {
  @Override
  public double d(SparseVector x, SparseVector y) {
    return x.cosineDistance(y);
  }
}
