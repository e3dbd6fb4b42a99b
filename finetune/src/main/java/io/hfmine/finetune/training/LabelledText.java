package io.hfmine.finetune.training;

import java.util.List;

/**
 * One training issue: its text, its repository (issues of one repository stay on one side of any
 * split), whether it is about reusing a pre-trained model, its themes as indices into the theme
 * list the tuner is given (primary first; empty where it is not PTM-related or its themes were not
 * annotated), and features the output layers read beside the encoder (none, or the same number for
 * every issue: the issue classifier's knowledge features, say).
 */
public record LabelledText(String id, String repository, String text, boolean ptm, List<Integer> themes, double[] features) {
  public LabelledText {
    themes = List.copyOf(themes);
    features = features.clone();
  }

  /** An issue with no features beside its text. */
  public LabelledText(String id, String repository, String text, boolean ptm, List<Integer> themes) {
    this(id, repository, text, ptm, themes, new double[0]);
  }

  /** The primary theme's index, or -1. */
  public int primaryTheme() {
    return themes.isEmpty() ? -1 : themes.get(0);
  }
}
