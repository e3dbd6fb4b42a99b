package io.hfmine.analyzers.pick.evaluate;

import io.hfmine.analyzers.pick.request.PickRequest;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * How the baseline asks the Hub, as a user who knows the Hub's naming would: the Hub's {@code search}
 * matches words of model ids only, so the keywords are the request's words that occur in model ids
 * of the catalog, the rarest first (the most specific); each is searched with the request's task
 * as {@code filter}, sorted by downloads, and last the task alone (its most downloaded models).
 * A request without task and keywords asks for the most downloaded models overall.
 */
public final class BaselineQueries {
  private static final Set<String> GENERIC = Set.of("model", "models", "fine", "tuned", "finetuned", "trained", "based",
      "using", "use", "used", "version", "dataset", "datasets", "data", "task", "tasks", "base", "large", "small",
      "new", "also", "can", "need", "want", "one", "two", "like", "well");

  /** One Hub query: a search word (or null) and tag filters. */
  public record HubQuery(String search, List<String> filters) {
  }

  private final Map<String, Integer> idsPerWord;
  private final int keywords;

  /**
   * @param catalogIds ids of the models in the catalog, whose words are what the Hub's search can find
   * @param keywords how many keywords are searched per request
   */
  public BaselineQueries(Iterable<String> catalogIds, int keywords) {
    Map<String, Integer> counts = new HashMap<>();
    for (String id : catalogIds) {
      for (String word : new LinkedHashSet<>(words(id))) {
        counts.merge(word, 1, Integer::sum);
      }
    }
    this.idsPerWord = counts;
    this.keywords = keywords;
  }

  public List<HubQuery> plan(PickRequest request) {
    List<String> task = request.matched().getOrDefault("task", List.of());
    List<String> filters = task.isEmpty() ? List.of() : List.of(task.getFirst());
    Set<String> candidates = new LinkedHashSet<>();
    for (String attribute : List.of("function", "domain")) {
      for (String value : request.matched().getOrDefault(attribute, List.of())) {
        for (String word : words(value)) {
          if (word.length() >= 3 && !GENERIC.contains(word) && !EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.contains(word)
              && idsPerWord.containsKey(word)) {
            candidates.add(word);
          }
        }
      }
    }
    List<String> chosen = candidates.stream()
        .sorted(Comparator.comparingInt((String word) -> idsPerWord.get(word)).thenComparing(Comparator.naturalOrder()))
        .limit(keywords).toList();
    List<HubQuery> queries = new ArrayList<>();
    chosen.forEach(word -> queries.add(new HubQuery(word, filters)));
    queries.add(new HubQuery(null, filters));
    return queries;
  }

  static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!word.isEmpty()) {
        words.add(word);
      }
    }
    return words;
  }

  /** Merges the answers of the queries in turn (first of each, then second of each ...), without repeats. */
  public static List<String> merge(List<List<String>> answers, int limit) {
    Set<String> merged = new LinkedHashSet<>();
    int longest = answers.stream().mapToInt(List::size).max().orElse(0);
    for (int position = 0; position < longest && merged.size() < limit; position++) {
      for (List<String> answer : answers) {
        if (position < answer.size() && merged.size() < limit) {
          merged.add(answer.get(position));
        }
      }
    }
    return new ArrayList<>(merged);
  }
}
