package io.hfmine.analyzers.issues.evaluation;

import java.util.Map;

/**
 * How an automatic method compares with gold labels.
 *
 * @param themeAccuracy share of gold PTM-related issues whose predicted primary theme is one of the gold themes
 * @param exactThemeAccuracy share of gold PTM-related issues whose predicted theme set equals the gold set
 * @param themeConfusion gold primary theme by predicted primary theme ("none" for no theme); when the
 *     predicted primary theme is one of several gold themes, that one counts as the gold row
 */
public record EvaluationReport(int issues, BinaryCounts ptm, Map<String, BinaryCounts> themes,
    Map<String, BinaryCounts> subThemes, double themeMacroF1, double subThemeMacroF1, double themeAccuracy,
    double exactThemeAccuracy, double typeAccuracy, ConfusionMatrix themeConfusion) {
}
