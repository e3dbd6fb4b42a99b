package io.hfmine.analyzers.issues;

import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The one rule that decides an issue's primary theme, shared by every labeller and every command
 * ({@code issues classify}, {@code issues list}, {@code annotate evaluate}, {@code annotate
 * agreement}, the resolution study).
 *
 * <p>The primary theme is the first theme in the labeller's list. Labellers that score (rules,
 * classifier) list codes by descending score, equal scores in the taxonomy file's order; people
 * and the LLM list the primary one first. A theme derived from sub-themes takes the place of its
 * first sub-theme, so the primary theme is the theme of the primary sub-theme. The list order is
 * stored ({@code issue_labels.rank}) and read back in that order, so no reader re-sorts it.
 */
public final class ThemeRanking {
  private ThemeRanking() {
  }

  /** Scored codes strongest first; equal scores keep the order of {@code codeOrder} (the taxonomy's). */
  public static List<ScoredCode> byScore(List<ScoredCode> codes, List<String> codeOrder) {
    List<ScoredCode> ranked = new ArrayList<>(codes);
    ranked.sort(Comparator.comparingDouble(ScoredCode::confidence).reversed()
        .thenComparingInt(code -> position(codeOrder, code.code())));
    return ranked;
  }

  /** The themes of ranked sub-themes, each at the position of its first sub-theme. */
  public static List<String> themesOf(List<String> subThemes, Taxonomy taxonomy) {
    Map<String, Boolean> themes = new LinkedHashMap<>();
    for (String sub : subThemes) {
      taxonomy.subTheme(sub).ifPresent(s -> themes.putIfAbsent(s.themeCode(), true));
    }
    return List.copyOf(themes.keySet());
  }

  /** The primary theme of a ranked list, or null. */
  public static String primary(List<String> ranked) {
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  /**
   * The SQL order of stored label rows that gives back each labeller's list: by rank, then (for
   * rows stored before ranks were kept) by confidence and code.
   */
  public static String storedOrder() {
    return "rank NULLS LAST, confidence DESC NULLS LAST, value";
  }

  private static int position(List<String> order, String code) {
    int index = order.indexOf(code);
    return index < 0 ? Integer.MAX_VALUE : index;
  }
}
