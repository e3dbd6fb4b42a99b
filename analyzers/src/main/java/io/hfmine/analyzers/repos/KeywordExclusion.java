package io.hfmine.analyzers.repos;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recognises repositories that are not downstream software — tutorials, homework, courses,
 * coding challenges, awesome-lists, model repositories — by keywords of a category matched as
 * whole words in the name, description and topics.
 *
 * <p>Everything is split into lower-case words at non-alphanumerics, camelCase humps and
 * letter-digit boundaries ({@code DL-Homework2} → dl homework 2, topic {@code awesome-llm} →
 * awesome llm); a keyword matches whole words only, so "course" matches neither "recourse" nor
 * "courseware", and a keyword of several words only as a contiguous run. A keyword written
 * {@code name:WORDS} is looked for in the name and topics only, for words such as "awesome"
 * that are telling in a name but ordinary in prose.
 */
public final class KeywordExclusion {
  private static final Pattern WORD = Pattern.compile("\\p{Lu}+(?=\\p{Lu}\\p{Ll})|\\p{Lu}?\\p{Ll}+|\\p{Lu}+|\\p{Nd}+|\\p{L}+");
  private static final String NAME_ONLY = "name:";

  private final Map<String, List<Keyword>> categories;

  /** {@code categories}: category name → keywords, in the order the funnel reports them. */
  public KeywordExclusion(Map<String, List<String>> categories) {
    Map<String, List<Keyword>> parsed = new LinkedHashMap<>();
    categories.forEach((category, keywords) -> {
      List<Keyword> list = new ArrayList<>();
      for (String keyword : keywords) {
        boolean nameOnly = keyword.startsWith(NAME_ONLY);
        List<String> words = words(nameOnly ? keyword.substring(NAME_ONLY.length()) : keyword);
        if (words.isEmpty()) {
          throw new IllegalArgumentException("keyword \"" + keyword + "\" of category " + category + " has no words");
        }
        list.add(new Keyword(keyword, words, nameOnly));
      }
      parsed.put(category, List.copyOf(list));
    });
    this.categories = parsed;
  }

  public List<String> categories() {
    return List.copyOf(categories.keySet());
  }

  /** The first keyword of {@code category} found in the repository, if any (e.g. "homework"). */
  public Optional<String> match(String category, String name, String description, List<String> topics) {
    List<Keyword> keywords = categories.get(category);
    if (keywords == null) {
      throw new IllegalArgumentException("unknown keyword category " + category);
    }
    List<String> nameWords = words(name == null ? "" : name.substring(name.indexOf('/') + 1));
    List<String> descriptionWords = words(description == null ? "" : description);
    List<List<String>> topicWords = topics == null ? List.of() : topics.stream().map(KeywordExclusion::words).toList();
    for (Keyword keyword : keywords) {
      boolean found = contains(nameWords, keyword.words())
          || topicWords.stream().anyMatch(words -> contains(words, keyword.words()))
          || (!keyword.nameOnly() && contains(descriptionWords, keyword.words()));
      if (found) {
        return Optional.of(keyword.text());
      }
    }
    return Optional.empty();
  }

  /** Lower-case words of {@code text}, split at non-alphanumerics, camelCase and digits. */
  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    Matcher matcher = WORD.matcher(text);
    while (matcher.find()) {
      words.add(matcher.group().toLowerCase(Locale.ROOT));
    }
    return words;
  }

  private static boolean contains(List<String> words, List<String> run) {
    for (int start = 0; start + run.size() <= words.size(); start++) {
      if (words.subList(start, start + run.size()).equals(run)) {
        return true;
      }
    }
    return false;
  }

  private record Keyword(String text, List<String> words, boolean nameOnly) {
  }
}
