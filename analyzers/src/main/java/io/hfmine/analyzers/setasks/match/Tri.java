package io.hfmine.analyzers.setasks.match;

/** A condition's answer when only the possible lemmas of a word are known: yes, no, or it depends on the tag. */
enum Tri {
  YES, NO, UNKNOWN;

  static Tri of(boolean value) {
    return value ? YES : NO;
  }
}
