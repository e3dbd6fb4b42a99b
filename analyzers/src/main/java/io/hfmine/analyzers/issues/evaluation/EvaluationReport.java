package io.hfmine.analyzers.issues.evaluation;

import java.util.Map;

/**
 * How an automatic method compares with gold labels. Gold cells left blank ("not annotated") are
 * left out of the figures they would feed.
 *
 * @param ptm PTM relevance over the gold issues whose relevance is annotated
 * @param themes per theme, over gold PTM-related issues with annotated themes: the theme in the
 *     gold list against the theme in the method's list (the method's themes count whatever its
 *     own relevance decision, see {@link io.hfmine.analyzers.issues.IssueLabelling})
 * @param subThemes the same per sub-theme, over gold PTM-related issues with annotated sub-themes
 * @param themeItems gold PTM-related issues with annotated themes (the denominator of the theme figures)
 * @param themeAccuracy share of those whose predicted primary theme is one of the gold themes
 * @param endToEndThemeAccuracy the same, counting a miss where the method calls the issue not PTM-related
 * @param exactThemeAccuracy share whose predicted theme set equals the gold set
 * @param subThemeItems gold PTM-related issues with annotated sub-themes
 * @param subThemeAccuracy share of those whose predicted primary sub-theme is one of the gold sub-themes
 * @param themeConfusion gold primary theme ("none" for issues that are not PTM-related) by the
 *     method's primary theme ("none" where it calls the issue not PTM-related); when the predicted
 *     primary theme is one of several gold themes, that one counts as the gold row
 */
public record EvaluationReport(int issues, BinaryCounts ptm, Map<String, BinaryCounts> themes,
    Map<String, BinaryCounts> subThemes, double themeMacroF1, double subThemeMacroF1, int themeItems, double themeAccuracy,
    double endToEndThemeAccuracy, double exactThemeAccuracy, int subThemeItems, double subThemeAccuracy,
    double typeAccuracy, ConfusionMatrix themeConfusion) {
}
