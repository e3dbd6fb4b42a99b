package io.hfmine.analyzers.pick.rank;

import io.hfmine.analyzers.pick.index.SearchAnalyzer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Which words of a request an answer's attributes contain, compared as the index compares them
 * (stemmed, stop words left out), reported in the request's own spelling.
 */
final class MatchedWords {
  private final Map<String, String> termOfWord = new LinkedHashMap<>();

  MatchedWords(String requestText) {
    for (String word : requestText.split("[^\\p{L}\\p{N}]+")) {
      if (word.length() < 2 || termOfWord.containsKey(word.toLowerCase())) {
        continue;
      }
      Set<String> terms = SearchAnalyzer.terms(word);
      if (terms.size() == 1) {
        termOfWord.put(word.toLowerCase(), terms.iterator().next());
      }
    }
  }

  /** For each attribute of the answer that holds request words, those words. */
  Map<String, List<String>> in(Map<String, List<String>> attributes, Set<String> matchedAttributes) {
    Map<String, List<String>> matched = new LinkedHashMap<>();
    attributes.forEach((attribute, values) -> {
      if (!matchedAttributes.contains(attribute)) {
        return;
      }
      Set<String> terms = SearchAnalyzer.terms(String.join(" . ", values));
      Set<String> words = new LinkedHashSet<>();
      termOfWord.forEach((word, term) -> {
        if (terms.contains(term)) {
          words.add(word);
        }
      });
      if (!words.isEmpty()) {
        matched.put(attribute, new ArrayList<>(words));
      }
    });
    return matched;
  }
}
