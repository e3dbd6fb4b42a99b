package io.hfmine.analyzers.issues.text;

import java.util.Locale;

/**
 * A stretch of an issue's text of one kind, from one part of the issue.
 *
 * @param text the text as written
 * @param words the same text with identifiers split into words ({@link IdentifierWords})
 * @param lowerText {@code text} in lower case, and {@code lowerWords} {@code words} (for quick checks before a cue runs)
 */
public record Segment(IssuePart part, SegmentKind kind, String text, String words, String lowerText, String lowerWords) {
  public static Segment of(IssuePart part, SegmentKind kind, String text) {
    String words = IdentifierWords.split(text);
    return new Segment(part, kind, text, words, text.toLowerCase(Locale.ROOT), words.toLowerCase(Locale.ROOT));
  }
}
