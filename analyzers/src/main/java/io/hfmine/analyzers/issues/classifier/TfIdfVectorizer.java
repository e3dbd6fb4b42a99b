package io.hfmine.analyzers.issues.classifier;

import java.io.Serial;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TF-IDF features of issue text: lower-cased word unigrams and bigrams, sublinear term frequency,
 * smoothed idf ln((1+n)/(1+df))+1 as scikit-learn's TfidfVectorizer, rows L2-normalised.
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
    Map<String, Integer> documentFrequency = new HashMap<>();
    for (String text : texts) {
      for (String term : new HashSet<>(terms(text))) {
        documentFrequency.merge(term, 1, Integer::sum);
      }
    }
    List<Map.Entry<String, Integer>> kept = new ArrayList<>(documentFrequency.entrySet().stream()
        .filter(e -> e.getValue() >= minDocumentFrequency).toList());
    kept.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<Map.Entry<String, Integer>> top = kept.subList(0, Math.min(maxFeatures, kept.size()));
    top.sort(Map.Entry.comparingByKey(Comparator.naturalOrder()));
    Map<String, Integer> vocabulary = new LinkedHashMap<>();
    double[] idf = new double[top.size()];
    for (Map.Entry<String, Integer> term : top) {
      idf[vocabulary.size()] = Math.log((1.0 + texts.size()) / (1.0 + term.getValue())) + 1;
      vocabulary.put(term.getKey(), vocabulary.size());
    }
    return new TfIdfVectorizer(vocabulary, idf);
  }

  public int size() {
    return idf.length;
  }

  /** The L2-normalised TF-IDF vector of a text. */
  public double[] transform(String text) {
    double[] vector = new double[idf.length];
    Map<Integer, Integer> counts = new HashMap<>();
    for (String term : terms(text)) {
      Integer index = vocabulary.get(term);
      if (index != null) {
        counts.merge(index, 1, Integer::sum);
      }
    }
    double norm = 0;
    for (Map.Entry<Integer, Integer> count : counts.entrySet()) {
      double weight = (1 + Math.log(count.getValue())) * idf[count.getKey()];
      vector[count.getKey()] = weight;
      norm += weight * weight;
    }
    if (norm > 0) {
      double length = Math.sqrt(norm);
      for (int i = 0; i < vector.length; i++) {
        vector[i] /= length;
      }
    }
    return vector;
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
