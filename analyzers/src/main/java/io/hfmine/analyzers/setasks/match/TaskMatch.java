package io.hfmine.analyzers.setasks.match;

import io.hfmine.analyzers.setasks.text.TextSource;

/**
 * Evidence of one task in one text: where (source, and the arXiv id for abstracts), the character
 * span in that text, the words as written, and the exclusion rule that dropped it (null when the
 * match stands).
 */
public record TaskMatch(String taskId, String activity, TextSource source, String sourceRef, int start, int end,
    String surface, String excludedBy) {

  public boolean kept() {
    return excludedBy == null;
  }
}
