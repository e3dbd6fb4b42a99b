package io.hfmine.analyzers.issues.classifier;

import java.io.Serial;
import java.io.Serializable;
import io.hfmine.analyzers.text.TfIdf;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF features of issue text: lower-cased word unigrams and bigrams, weighted by the shared
 * {@link TfIdf} with sublinear term frequency. The vocabulary and idf are kept as fields of
 * their own, so classifiers stored by earlier builds still load.
 */
public final class TfIdfVectorizer implements Serializable {
  @Serial
  private static final long serialVersionUID = 1L;
  private static final Pattern WORD = Pattern.compile("[a-z][a-z0-9_]*(?:[.-][a-z0-9_]+)*");
  private static final Set<String> STOP_WORDS = Set.of("a", "an", "and", "are", "as", "at", "be", "but", "by", "for",
      "from", "has", "have", "i", "if", "in", "into", "is", "it", "its", "me", "my", "of", "on", "or", "so", "that",
      "the", "their", "then", "there", "these", "this", "to", "was", "we", "were", "which", "with", "you", "your");

  private final Map<String, Integer> vocabulary;
  private final double[] idf;

  private TfIdfVectorizer(Map<String, Integer> vocabulary, double[] idf) {
    this.vocabulary = vocabulary;
    this.idf = idf;
  }

  /** Learns the vocabulary: terms in at least {@code minDocumentFrequency} texts, the {@code maxFeatures} most frequent. */
  public static TfIdfVectorizer fit(List<String> texts, int minDocumentFrequency, int maxFeatures) {
    TfIdf fitted = TfIdf.fit(texts.stream().map(TfIdfVectorizer::terms).toList(), maxFeatures, minDocumentFrequency);
    Map<String, Integer> vocabulary = new LinkedHashMap<>();
    double[] idf = new double[fitted.dimensions()];
    for (int i = 0; i < idf.length; i++) {
      vocabulary.put(fitted.term(i), i);
      idf[i] = fitted.idf(fitted.term(i));
    }
    return new TfIdfVectorizer(vocabulary, idf);
  }

  public int size() {
    return idf.length;
  }

  /** The L2-normalised TF-IDF vector of a text (sublinear term frequency). */
  public double[] transform(String text) {
    Map<Integer, Integer> counts = new TreeMap<>();
    for (String term : terms(text)) {
      Integer index = vocabulary.get(term);
      if (index != null) {
        counts.merge(index, 1, Integer::sum);
      }
    }
    int[] indices = counts.keySet().stream().mapToInt(Integer::intValue).toArray();
    int[] values = counts.values().stream().mapToInt(Integer::intValue).toArray();
    return TfIdf.weigh(indices, values, idf, TfIdf.TermFrequency.SUBLINEAR).toDense(idf.length);
  }

  static List<String> terms(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      String word = matcher.group();
      if (!STOP_WORDS.contains(word) && word.length() > 1 && word.length() <= 40) {
        words.add(word);
      }
    }
    List<String> terms = new ArrayList<>(words);
    for (int i = 0; i + 1 < words.size(); i++) {
      terms.add(words.get(i) + " " + words.get(i + 1));
    }
    return terms;
  }
}
