package io.hfmine.analyzers.issues.text;

/**
 * The reporter's opening words: the body's prose segments that count (template lines and pasted
 * output are left out), in order, cut at a number of characters; the title where the body has no
 * prose of its own. What an encoder reads of an issue besides its title: a body that opens with a
 * log would otherwise push the sentence that says what the issue is about out of the encoder's reach.
 */
public final class IssueOpening {
  private final SegmentWeights weights;
  private final int chars;

  public IssueOpening(SegmentWeights weights, int chars) {
    if (chars <= 0) {
      throw new IllegalArgumentException("an opening needs at least one character, got " + chars);
    }
    this.weights = weights;
    this.chars = chars;
  }

  public String of(IssueDocument document) {
    StringBuilder text = new StringBuilder();
    for (Segment segment : document.segments()) {
      if (segment.part() == IssuePart.BODY && segment.kind() == SegmentKind.PROSE && weights.of(segment) > 0) {
        text.append(segment.text().strip()).append('\n');
        if (text.length() >= chars) {
          break;
        }
      }
    }
    String opening = text.length() > chars ? text.substring(0, chars) : text.toString();
    return opening.isBlank() ? document.issue().title() : opening;
  }
}
