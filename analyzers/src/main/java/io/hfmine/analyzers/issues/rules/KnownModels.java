package io.hfmine.analyzers.issues.rules;

import java.util.Collection;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Which of some candidate strings are ids of models known to the store.
 *
 * <p>The store may hold millions of models, so labellers extract id-shaped candidates from the
 * text first and ask only about those.
 */
@FunctionalInterface
public interface KnownModels {
  /** No model is known (a labeller without a store). */
  KnownModels NONE = new KnownModels() {
    @Override
    public Set<String> known(Collection<String> lowerCaseCandidates) {
      return Set.of();
    }

    @Override
    public boolean isEmpty() {
      return true;
    }
  };

  // "org/name" ids, and legacy single-name ids such as bert-base-uncased (a dash is required so
  // that ordinary words are not candidates).
  Pattern CANDIDATE = Pattern.compile("(?<![\\w./-])([A-Za-z0-9][\\w.-]*/[\\w.-]*\\w|[A-Za-z][\\w.]*-[\\w.-]*\\w)(?![\\w/])");

  /** The candidates that are known model ids, lower-cased. */
  Set<String> known(Collection<String> lowerCaseCandidates);

  /**
   * Whether no id is known, so that {@link #known} answers nothing whatever it is asked and the
   * candidates need not be looked for. False unless told otherwise.
   */
  default boolean isEmpty() {
    return false;
  }

  /** Id-shaped strings of a text, lower-cased. */
  static Set<String> candidates(String text) {
    Matcher matcher = CANDIDATE.matcher(text);
    Set<String> found = new java.util.LinkedHashSet<>();
    while (matcher.find()) {
      String candidate = matcher.group(1).toLowerCase(java.util.Locale.ROOT);
      if (candidate.length() >= 4 && candidate.length() <= 120) {
        found.add(candidate);
      }
    }
    return found;
  }

  /** A fixed set of ids, for tests and small studies. */
  static KnownModels of(Collection<String> ids) {
    Set<String> lower = ids.stream().map(s -> s.toLowerCase(java.util.Locale.ROOT)).collect(Collectors.toSet());
    return candidates -> candidates.stream().filter(lower::contains).collect(Collectors.toSet());
  }
}
