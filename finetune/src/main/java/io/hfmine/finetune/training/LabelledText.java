package io.hfmine.finetune.training;

import java.util.List;

/**
 * One training issue: its text, its repository (issues of one repository stay on one side of any
 * split), whether it is about reusing a pre-trained model, and its themes as indices into the
 * theme list the tuner is given (primary first; empty where it is not PTM-related or its themes were
 * not annotated).
 */
public record LabelledText(String id, String repository, String text, boolean ptm, List<Integer> themes) {
  public LabelledText {
    themes = List.copyOf(themes);
  }

  /** The primary theme's index, or -1. */
  public int primaryTheme() {
    return themes.isEmpty() ? -1 : themes.get(0);
  }
}
