package io.hfmine.analyzers.patterns.features;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * TF-IDF weighting of term lists into unit-length sparse vectors.
 *
 * <p>Weights follow the smoothed form scikit-learn uses by default, so figures can be compared
 * with a pandas notebook: {@code tf(t, d) * (ln((1 + n) / (1 + df(t))) + 1)}, then L2
 * normalisation, so the dot product of two vectors is their cosine. The vocabulary keeps the
 * {@code maxFeatures} terms with the highest document frequency (ties by term, so the same input
 * always yields the same dimensions) among those seen in at least {@code minDocumentFrequency}
 * documents.
 */
public final class TfIdfVectorizer {
  private final Map<String, Integer> vocabulary;
  private final String[] terms;
  private final double[] idf;

  private TfIdfVectorizer(Map<String, Integer> vocabulary, String[] terms, double[] idf) {
    this.vocabulary = vocabulary;
    this.terms = terms;
    this.idf = idf;
  }

  /** Learns the vocabulary and inverse document frequencies of {@code documents}. */
  public static TfIdfVectorizer fit(Collection<? extends List<String>> documents, int maxFeatures, int minDocumentFrequency) {
    if (maxFeatures < 1) {
      throw new IllegalArgumentException("maxFeatures must be at least 1, was " + maxFeatures);
    }
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (List<String> document : documents) {
      for (String term : new HashSet<>(document)) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>();
    for (Map.Entry<String, Integer> entry : documentFrequency.entrySet()) {
      if (entry.getValue() >= minDocumentFrequency) {
        kept.add(entry);
      }
    }
    kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    int size = Math.min(maxFeatures, kept.size());
    int n = documents.size();
    Map<String, Integer> vocabulary = new HashMap<>(size * 2);
    String[] terms = new String[size];
    double[] idf = new double[size];
    for (int i = 0; i < size; i++) {
      Map.Entry<String, Integer> entry = kept.get(i);
      vocabulary.put(entry.getKey(), i);
      terms[i] = entry.getKey();
      idf[i] = Math.log((1.0 + n) / (1.0 + entry.getValue())) + 1.0;
    }
    return new TfIdfVectorizer(vocabulary, terms, idf);
  }

  /**
   * A vectorizer with a vocabulary and idf fitted earlier (a stored model's), dimension i being
   * {@code terms.get(i)}.
   */
  public static TfIdfVectorizer of(List<String> terms, double[] idf) {
    if (terms.size() != idf.length) {
      throw new IllegalArgumentException(terms.size() + " terms but " + idf.length + " idf values");
    }
    Map<String, Integer> vocabulary = new HashMap<>(terms.size() * 2);
    for (int i = 0; i < terms.size(); i++) {
      if (vocabulary.put(terms.get(i), i) != null) {
        throw new IllegalArgumentException("term '" + terms.get(i) + "' is in the vocabulary twice");
      }
    }
    return new TfIdfVectorizer(vocabulary, terms.toArray(String[]::new), idf.clone());
  }

  /** The terms, dimension by dimension. */
  public List<String> terms() {
    return List.of(terms);
  }

  /** The inverse document frequencies, dimension by dimension. */
  public double[] idfs() {
    return idf.clone();
  }

  /** The number of dimensions (kept terms). */
  public int dimensions() {
    return terms.length;
  }

  /** The term of dimension {@code index}. */
  public String term(int index) {
    return terms[index];
  }

  /** The inverse document frequency of {@code term}, or NaN when it is not in the vocabulary. */
  public double idf(String term) {
    Integer index = vocabulary.get(term);
    return index == null ? Double.NaN : idf[index];
  }

  /** The unit-length TF-IDF vector of one document; terms outside the vocabulary are ignored. */
  public SparseVector transform(List<String> document) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String term : document) {
      Integer index = vocabulary.get(term);
      if (index != null) {
        counts.merge(index, 1, Integer::sum);
      }
    }
    int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    double[] values = new double[indices.length];
    for (int i = 0; i < indices.length; i++) {
      values[i] = counts.get(indices[i]) * idf[indices[i]];
    }
    return new SparseVector(indices, values).normalized();
  }

  /** Transforms every document, in order. */
  public List<SparseVector> transformAll(Collection<? extends List<String>> documents) {
    List<SparseVector> vectors = new ArrayList<>(documents.size());
    for (List<String> document : documents) {
      vectors.add(transform(document));
    }
    return vectors;
  }
}
