package io.hfmine.web.annotate;

import io.hfmine.web.table.BadRequestException;

/** Annotator and sample names: the characters an annotation CSV accepts in its annotator column. */
final class Annotators {
  private Annotators() {
  }

  static String checked(String name, String what) {
    if (name == null || name.isBlank()) {
      throw new BadRequestException(what + " is missing");
    }
    String stripped = name.strip();
    if (stripped.length() > 64 || !stripped.matches("[\\w.@-]+")) {
      throw new BadRequestException(what + " may hold only letters, digits, '.', '@', '_' and '-' (at most 64); got '"
          + stripped + "'");
    }
    return stripped;
  }
}
