package io.hfmine.analyzers.issues.rules;

/** Weights and thresholds of the rule labeller (the {@code issues.rules} configuration section). */
public record RuleSettings(double titleWeight, double modelIdWeight, double libraryWeight, double exceptionWeight,
    double phraseWeight, double weakPhraseWeight, double ptmThreshold, double subThemeMinScore,
    double subThemeKeepRatio, int maxSubThemes) {

  /** The shipped defaults, for tests and library use. */
  public static RuleSettings defaults() {
    return new RuleSettings(2.0, 2.0, 1.0, 2.0, 0.75, 0.5, 1.0, 1.0, 0.6, 3);
  }
}
