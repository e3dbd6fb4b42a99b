package io.hfmine.analyzers.setasks.text;

/**
 * Where a card's YAML front matter and its body lie in the card's text, as character offsets, so
 * that a match in either can point into the stored card. Follows
 * {@link io.hfmine.datasets.hf.CardFrontMatter#split}: a card has front matter when its first line
 * is {@code ---} and a later line closes it with {@code ---} or {@code ...}.
 *
 * @param headerStart first character of the YAML (equal to {@code headerEnd} when there is none)
 * @param bodyStart first character after the closing fence (0 when there is no front matter)
 */
public record CardParts(int headerStart, int headerEnd, int bodyStart) {

  public static CardParts of(String card) {
    int from = card.startsWith("\uFEFF") ? 1 : 0;
    int firstEnd = lineEnd(card, from);
    if (!card.substring(from, firstEnd).strip().equals("---")) {
      return new CardParts(from, from, from);
    }
    int headerStart = Math.min(card.length(), firstEnd + 1);
    int lineStart = headerStart;
    while (lineStart < card.length()) {
      int end = lineEnd(card, lineStart);
      String line = card.substring(lineStart, end).strip();
      if (line.equals("---") || line.equals("...")) {
        return new CardParts(headerStart, lineStart, Math.min(card.length(), end + 1));
      }
      lineStart = end + 1;
    }
    return new CardParts(from, from, from);
  }

  public boolean hasHeader() {
    return headerEnd > headerStart;
  }

  private static int lineEnd(String text, int from) {
    int newline = text.indexOf('\n', from);
    return newline < 0 ? text.length() : newline;
  }
}
