package io.hfmine.analyzers.repos;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The {@code repos-select} section of the configuration: how {@code hfmine repos select} picks
 * the downstream projects of the issue study (documented key by key in {@code config/hfmine.yaml}).
 *
 * @param thresholds metric key → whole number, {@code elbow} or {@code off}, applied in this order
 */
public record RepoSelectSettings(
    Boolean requireVerifiedUsage,
    List<String> languages,
    Map<String, String> thresholds,
    Double elbowSensitivity,
    Map<String, List<String>> excludeKeywords,
    English english,
    List<String> exclude) {

  /** The English-text check of descriptions ({@link EnglishTextCheck}). */
  public record English(Boolean enabled, Double minLatinShare, Integer minWords, Boolean keepUndetermined) {
    public English {
      enabled = enabled == null || enabled;
      minLatinShare = minLatinShare == null ? 0.8 : minLatinShare;
      minWords = minWords == null ? 3 : minWords;
      keepUndetermined = keepUndetermined == null || keepUndetermined;
    }
  }

  /**
   * These settings with command-line overrides: {@code languages} replaces the list unless empty;
   * each of {@code minimums} (metric → number, elbow or off) replaces that metric's threshold in
   * place, or is added last.
   */
  public RepoSelectSettings withOverrides(List<String> languages, Map<String, String> minimums) {
    Map<String, String> merged = new LinkedHashMap<>(thresholds);
    minimums.forEach((metric, value) -> merged.put(metric.toLowerCase(Locale.ROOT), value));
    return new RepoSelectSettings(requireVerifiedUsage, languages.isEmpty() ? this.languages : languages, merged, elbowSensitivity,
        excludeKeywords, english, exclude);
  }

  public RepoSelectSettings {
    requireVerifiedUsage = requireVerifiedUsage == null || requireVerifiedUsage;
    languages = languages == null ? List.of() : List.copyOf(languages);
    thresholds = thresholds == null ? Map.of() : thresholds;
    elbowSensitivity = elbowSensitivity == null ? 1.0 : elbowSensitivity;
    excludeKeywords = excludeKeywords == null ? Map.of() : excludeKeywords;
    english = english == null ? new English(null, null, null, null) : english;
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }
}
