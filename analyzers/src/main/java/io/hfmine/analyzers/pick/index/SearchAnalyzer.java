package io.hfmine.analyzers.pick.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.LinkedHashSet;
import java.util.Set;
import java.util.logging.Level;
import java.util.logging.Logger;
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
  /**
   * Lucene warns through java.util.logging, on every run, that the JDK's incubating vector module is
   * not enabled; enabling it prints another warning at JVM start. The scalar code path is fast
   * enough here, so the warning is held back (the logger is kept so the level sticks). Set before
   * any other Lucene class loads: every index class touches this one first.
   */
  private static final Logger VECTORIZATION = Logger.getLogger("org.apache.lucene.internal.vectorization");

  static {
    VECTORIZATION.setLevel(Level.SEVERE);
  }

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
