package io.hfmine.analyzers.issues.evaluation;

import java.util.function.ToDoubleFunction;

/**
 * The figures of an {@link EvaluationReport} a study quotes, each with the kind of gold item it
 * stands on. {@link EvaluationIntervals} resamples exactly these; a caller that shows or prints
 * one asks for it by constant, so renaming a label cannot silently drop a figure or score it on
 * the wrong items.
 */
public enum HeadlineFigure {
  PTM_PRECISION("ptm precision", Items.PTM_ANSWERS, r -> r.ptm().precision()),
  PTM_RECALL("ptm recall", Items.PTM_ANSWERS, r -> r.ptm().recall()),
  PTM_F1("ptm f1", Items.PTM_ANSWERS, r -> r.ptm().f1()),
  THEME_ACCURACY("theme accuracy (primary)", Items.THEMED, EvaluationReport::themeAccuracy),
  THEME_MACRO_F1("theme macro-F1", Items.THEMED, EvaluationReport::themeMacroF1),
  SUB_THEME_ACCURACY("sub-theme accuracy (primary)", Items.SUB_THEMED, EvaluationReport::subThemeAccuracy);

  /** The gold items a figure is computed on; a report without any says nothing about it. */
  private enum Items {
    /** Gold issues with a relevance answer, of which some PTM-related (else precision and recall are undefined). */
    PTM_ANSWERS,
    /** Gold PTM-related issues with a theme. */
    THEMED,
    /** Gold PTM-related issues with a sub-theme. */
    SUB_THEMED
  }

  private final String label;
  private final Items items;
  private final ToDoubleFunction<EvaluationReport> value;

  HeadlineFigure(String label, Items items, ToDoubleFunction<EvaluationReport> value) {
    this.label = label;
    this.items = items;
    this.value = value;
  }

  /** The figure's name as {@code annotate evaluate}, the serve panel and the benchmark print it. */
  public String label() {
    return label;
  }

  /** The figure in the report; meaningful only when {@link #scoredIn} it. */
  public double of(EvaluationReport report) {
    return value.applyAsDouble(report);
  }

  /** Whether the report's gold holds an item this figure is computed on. */
  public boolean scoredIn(EvaluationReport report) {
    return switch (items) {
      case PTM_ANSWERS -> report.ptm().support() > 0;
      case THEMED -> report.themeItems() > 0;
      case SUB_THEMED -> report.subThemeItems() > 0;
    };
  }
}
