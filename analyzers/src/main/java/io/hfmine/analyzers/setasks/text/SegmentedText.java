package io.hfmine.analyzers.setasks.text;

/**
 * A text cut into sentences and tokens, with every token's character span in the original text.
 *
 * <p>A word token is a maximal run of letters or digits; every other visible character run (a run
 * of one repeated character such as {@code ---}) is a punctuation token. Tokens never cross a
 * sentence; sentence {@code s} holds tokens {@code sentenceStart(s)} to {@code sentenceEnd(s) - 1}.
 * Arrays are kept flat: a card is cut once and read many times.
 */
public final class SegmentedText {
  private final String text;
  private final int[] starts;
  private final int[] ends;
  private final boolean[] words;
  private final int tokens;
  private final int[] sentenceStarts;
  private final int sentences;

  SegmentedText(String text, int[] starts, int[] ends, boolean[] words, int tokens, int[] sentenceStarts,
      int sentences) {
    this.text = text;
    this.starts = starts;
    this.ends = ends;
    this.words = words;
    this.tokens = tokens;
    this.sentenceStarts = sentenceStarts;
    this.sentences = sentences;
  }

  public String text() {
    return text;
  }

  public int tokenCount() {
    return tokens;
  }

  public int sentenceCount() {
    return sentences;
  }

  public int sentenceStart(int sentence) {
    return sentenceStarts[sentence];
  }

  public int sentenceEnd(int sentence) {
    return sentence + 1 < sentences ? sentenceStarts[sentence + 1] : tokens;
  }

  public int start(int token) {
    return starts[token];
  }

  public int end(int token) {
    return ends[token];
  }

  public boolean isWord(int token) {
    return words[token];
  }

  /** The token's text as written. */
  public String surface(int token) {
    return text.substring(starts[token], ends[token]);
  }
}
