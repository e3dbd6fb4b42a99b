package io.hfmine.analyzers.pick.evaluate;

import java.util.Random;

/**
 * The mask-and-infill step of request synthesis: the model's own names are removed from its
 * description and part of the remaining words are masked and filled with other words, so a
 * request says what the model does without repeating its card.
 */
public interface Infill {
  /** The rewritten text, naming neither the model (id parts, base models) nor its authors. */
  String rewrite(String text, ModelNames names, Random random);

  /** How requests were rewritten, for the report. */
  String describe();
}
