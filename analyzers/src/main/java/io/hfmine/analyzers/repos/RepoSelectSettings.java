package io.hfmine.analyzers.repos;

import java.util.List;
import java.util.Map;

/**
 * The {@code repos-select} section of the configuration: how {@code hfmine repos select} picks
 * the downstream projects of the issue study (documented key by key in {@code config/hfmine.yaml}).
 *
 * @param thresholds metric key → whole number, {@code elbow} or {@code off}, applied in this order
 */
public record RepoSelectSettings(
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

  public RepoSelectSettings {
    languages = languages == null ? List.of() : List.copyOf(languages);
    thresholds = thresholds == null ? Map.of() : thresholds;
    elbowSensitivity = elbowSensitivity == null ? 1.0 : elbowSensitivity;
    excludeKeywords = excludeKeywords == null ? Map.of() : excludeKeywords;
    english = english == null ? new English(null, null, null, null) : english;
    exclude = exclude == null ? List.of() : List.copyOf(exclude);
  }
}
