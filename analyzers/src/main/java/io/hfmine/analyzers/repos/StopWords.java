package io.hfmine.analyzers.repos;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Function words of English and of the languages most often met in non-English repository
 * descriptions, read from {@code stopwords.txt} beside this class. Other languages never
 * contain a word that is also in the English list.
 */
final class StopWords {
  private static final String RESOURCE = "stopwords.txt";
  private static final String ENGLISH = "english";

  private final Set<String> english;
  private final Map<String, Set<String>> others;

  private StopWords(Set<String> english, Map<String, Set<String>> others) {
    this.english = english;
    this.others = others;
  }

  static StopWords shipped() {
    Map<String, Set<String>> sections = new LinkedHashMap<>();
    try (InputStream in = StopWords.class.getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException(RESOURCE + " is missing from the classpath");
      }
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      String section = null;
      String line;
      while ((line = reader.readLine()) != null) {
        line = line.strip();
        if (line.isEmpty() || line.startsWith("#")) {
          continue;
        }
        if (line.startsWith("[") && line.endsWith("]")) {
          section = line.substring(1, line.length() - 1);
          sections.put(section, new HashSet<>());
        } else if (section != null) {
          for (String word : line.split("\\s+")) {
            sections.get(section).add(word.toLowerCase(Locale.ROOT));
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    Set<String> english = Set.copyOf(sections.remove(ENGLISH));
    Map<String, Set<String>> others = new LinkedHashMap<>();
    sections.forEach((language, words) -> {
      words.removeAll(english);
      others.put(language, Set.copyOf(words));
    });
    return new StopWords(english, Collections.unmodifiableMap(others));
  }

  boolean isEnglish(String word) {
    return english.contains(word);
  }

  /** The languages, other than English, that list {@code word}. */
  Map<String, Set<String>> otherLanguages() {
    return others;
  }
}
