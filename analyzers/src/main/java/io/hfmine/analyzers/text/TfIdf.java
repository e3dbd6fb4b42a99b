package io.hfmine.analyzers.text;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;

/**
 * The project's one TF-IDF: term weights as scikit-learn's {@code TfidfVectorizer} makes them by
 * default, so figures can be compared with a pandas notebook: {@code tf(t, d) * idf(t)} with the
 * smoothed {@code idf(t) = ln((1 + n) / (1 + df(t))) + 1}, then L2 normalisation, so the dot
 * product of two vectors is their cosine. {@code tf} is the raw count, or {@code 1 + ln(count)}
 * ({@link TermFrequency#SUBLINEAR}, scikit-learn's {@code sublinear_tf}).
 *
 * <p>Tokenising is the caller's: usage patterns weigh call names, the issue classifier words and
 * bigrams, card deduplication runs of letters and digits. {@link #fit} keeps the
 * {@code maxFeatures} terms with the highest document frequency (ties by term, so the same input
 * always yields the same dimensions) among those seen in at least {@code minDocumentFrequency}
 * documents; a caller that counts document frequencies itself, streaming (card deduplication),
 * uses {@link #idf(long, long)} and {@link #weigh} directly.
 */
public final class TfIdf {
  /** How a term's count in a document becomes its term frequency. */
  public enum TermFrequency {
    /** The count itself. */
    RAW,
    /** {@code 1 + ln(count)}: a term repeated ten times weighs about three times one seen once. */
    SUBLINEAR
  }

  private final Map<String, Integer> vocabulary;
  private final String[] terms;
  private final double[] idf;

  private TfIdf(Map<String, Integer> vocabulary, String[] terms, double[] idf) {
    this.vocabulary = vocabulary;
    this.terms = terms;
    this.idf = idf;
  }

  /** Learns the vocabulary and inverse document frequencies of {@code documents}. */
  public static TfIdf fit(Collection<? extends List<String>> documents, int maxFeatures, int minDocumentFrequency) {
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
      idf[i] = idf(entry.getValue(), n);
    }
    return new TfIdf(vocabulary, terms, idf);
  }

  /** The smoothed inverse document frequency of a term found in {@code df} of {@code n} documents. */
  public static double idf(long df, long n) {
    return Math.log((1.0 + n) / (1.0 + df)) + 1.0;
  }

  /**
   * The unit-length vector of a document given as term indices (strictly increasing) and their
   * counts, weighted by {@code idf} (indexed like the terms).
   */
  public static SparseVector weigh(int[] termIndices, int[] counts, double[] idf, TermFrequency tf) {
    double[] values = new double[termIndices.length];
    for (int i = 0; i < termIndices.length; i++) {
      double frequency = tf == TermFrequency.SUBLINEAR ? 1 + Math.log(counts[i]) : counts[i];
      values[i] = frequency * idf[termIndices[i]];
    }
    return new SparseVector(termIndices, values).normalized();
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

  /** The unit-length TF-IDF vector of one document with raw counts; terms outside the vocabulary are ignored. */
  public SparseVector transform(List<String> document) {
    return transform(document, TermFrequency.RAW);
  }

  /** The unit-length TF-IDF vector of one document; terms outside the vocabulary are ignored. */
  public SparseVector transform(List<String> document, TermFrequency tf) {
    Map<Integer, Integer> counts = new HashMap<>();
    for (String term : document) {
      Integer index = vocabulary.get(term);
      if (index != null) {
        counts.merge(index, 1, Integer::sum);
      }
    }
    int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).sorted().toArray();
    int[] values = Arrays.stream(indices).map(counts::get).toArray();
    return weigh(indices, values, idf, tf);
  }

  /** Transforms every document with raw counts, in order. */
  public List<SparseVector> transformAll(Collection<? extends List<String>> documents) {
    List<SparseVector> vectors = new ArrayList<>(documents.size());
    for (List<String> document : documents) {
      vectors.add(transform(document));
    }
    return vectors;
  }
}
