package io.hfmine.analyzers.pick.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;

/**
 * The one analyzer of model search, for indexing and querying alike: Lucene's English analyzer
 * (standard tokenizer, lower case, English stop words, Porter stemming), so "queries" matches
 * "query" and "codet5-small" is "codet5" and "small".
 */
public final class SearchAnalyzer {
  private static final Analyzer ANALYZER = new EnglishAnalyzer();

  private SearchAnalyzer() {
  }

  public static Analyzer analyzer() {
    return ANALYZER;
  }

  /** The distinct terms of a text, in order. */
  public static Set<String> terms(String text) {
    Set<String> terms = new LinkedHashSet<>();
    if (text == null || text.isEmpty()) {
      return terms;
    }
    try (TokenStream stream = ANALYZER.tokenStream("text", text)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        terms.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return terms;
  }
}
