package io.hfmine.analyzers.cards;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Sparse, L2-normalised TF-IDF vectors of a corpus, as scikit-learn's {@code TfidfVectorizer}
 * makes them by default: raw term counts, smoothed idf {@code ln((1+n)/(1+df))+1}.
 *
 * <p>Tokens are maximal runs of letters or digits, lower-cased. Each document keeps its term
 * ids sorted, so a cosine is one merge of two arrays.
 */
public final class TfIdfVectors {
  final int[][] terms;
  final float[][] weights;
  final int vocabularySize;

  private TfIdfVectors(int[][] terms, float[][] weights, int vocabularySize) {
    this.terms = terms;
    this.weights = weights;
    this.vocabularySize = vocabularySize;
  }

  /** The vectors of a corpus, one per text, in order. */
  public static TfIdfVectors of(List<String> texts) {
    Map<String, Integer> vocabulary = new HashMap<>();
    int n = texts.size();
    int[][] terms = new int[n][];
    int[][] counts = new int[n][];
    for (int doc = 0; doc < n; doc++) {
      int[] ids = tokenIds(texts.get(doc), vocabulary);
      Arrays.sort(ids);
      int distinct = 0;
      for (int i = 0; i < ids.length; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          distinct++;
        }
      }
      int[] docTerms = new int[distinct];
      int[] docCounts = new int[distinct];
      int at = -1;
      for (int i = 0; i < ids.length; i++) {
        if (i == 0 || ids[i] != ids[i - 1]) {
          docTerms[++at] = ids[i];
        }
        docCounts[at]++;
      }
      terms[doc] = docTerms;
      counts[doc] = docCounts;
    }
    int[] df = new int[vocabulary.size()];
    for (int[] docTerms : terms) {
      for (int term : docTerms) {
        df[term]++;
      }
    }
    double[] idf = new double[df.length];
    for (int term = 0; term < df.length; term++) {
      idf[term] = Math.log((1.0 + n) / (1.0 + df[term])) + 1.0;
    }
    float[][] weights = new float[n][];
    for (int doc = 0; doc < n; doc++) {
      float[] w = new float[terms[doc].length];
      double norm = 0;
      for (int i = 0; i < w.length; i++) {
        double value = counts[doc][i] * idf[terms[doc][i]];
        w[i] = (float) value;
        norm += value * value;
      }
      double scale = norm == 0 ? 0 : 1.0 / Math.sqrt(norm);
      for (int i = 0; i < w.length; i++) {
        w[i] = (float) (w[i] * scale);
      }
      weights[doc] = w;
    }
    return new TfIdfVectors(terms, weights, vocabulary.size());
  }

  /** Cosine of two documents (their dot product, as both are unit vectors). */
  public double cosine(int a, int b) {
    int[] ta = terms[a];
    int[] tb = terms[b];
    float[] wa = weights[a];
    float[] wb = weights[b];
    double dot = 0;
    int i = 0;
    int j = 0;
    while (i < ta.length && j < tb.length) {
      if (ta[i] == tb[j]) {
        dot += (double) wa[i++] * wb[j++];
      } else if (ta[i] < tb[j]) {
        i++;
      } else {
        j++;
      }
    }
    return Math.min(1.0, dot);
  }

  private static int[] tokenIds(String text, Map<String, Integer> vocabulary) {
    int[] ids = new int[64];
    int count = 0;
    int length = text.length();
    int start = -1;
    for (int i = 0; i <= length; i++) {
      boolean word = i < length && Character.isLetterOrDigit(text.charAt(i));
      if (word && start < 0) {
        start = i;
      } else if (!word && start >= 0) {
        String token = text.substring(start, i).toLowerCase(java.util.Locale.ROOT);
        Integer id = vocabulary.get(token);
        if (id == null) {
          id = vocabulary.size();
          vocabulary.put(token, id);
        }
        if (count == ids.length) {
          ids = Arrays.copyOf(ids, count * 2);
        }
        ids[count++] = id;
        start = -1;
      }
    }
    return Arrays.copyOf(ids, count);
  }
}
