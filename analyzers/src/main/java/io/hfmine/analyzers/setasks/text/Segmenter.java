package io.hfmine.analyzers.setasks.text;

import java.util.Arrays;

/**
 * Cuts card, metadata and abstract text into sentences and tokens.
 *
 * <p>Sentences end at {@code . ! ?} followed by white space, at blank lines, at the end of
 * Markdown headings and table rows, before lines that open a block (list items, quotes, tables,
 * code fences, HTML), and after {@link #MAX_SENTENCE_TOKENS} tokens. Lines inside a paragraph are
 * joined, so a task name wrapped across two lines is still one phrase. A task is matched within one
 * sentence, and the tagger sees one sentence at a time, so both the fast and the exhaustive
 * matcher cut text here and only here.
 */
public final class Segmenter {
  /** Longest sentence handed to the tagger; tables and code without full stops are cut here. */
  public static final int MAX_SENTENCE_TOKENS = 120;

  private Segmenter() {
  }

  public static SegmentedText segment(String text) {
    return segment(text, 0, text.length());
  }

  /** Segments {@code text[from, to)}; offsets stay those of the whole text. */
  public static SegmentedText segment(String text, int from, int to) {
    int capacity = Math.max(16, (to - from) / 4);
    int[] starts = new int[capacity];
    int[] ends = new int[capacity];
    boolean[] words = new boolean[capacity];
    int[] sentenceStarts = new int[Math.max(4, capacity / 8)];
    int tokens = 0;
    int sentences = 0;
    boolean newSentence = true;
    int inSentence = 0;
    int lineStart = from;
    boolean lineBreaks = breaksAtLineEnd(text, from, lineEnd(text, from, to));
    int i = from;
    while (i < to) {
      char c = text.charAt(i);
      if (c == '\n') {
        int nextLine = i + 1;
        int nextEnd = lineEnd(text, nextLine, to);
        if (lineBreaks || isBlank(text, lineStart, i) || isBlank(text, nextLine, nextEnd)
            || opensBlock(text, nextLine, nextEnd)) {
          newSentence = true;
        }
        lineStart = nextLine;
        lineBreaks = breaksAtLineEnd(text, nextLine, nextEnd);
        i++;
        continue;
      }
      if (Character.isWhitespace(c)) {
        i++;
        continue;
      }
      int end;
      boolean word = isWordChar(text, i);
      if (word) {
        end = i;
        while (end < to && isWordChar(text, end)) {
          end += Character.charCount(text.codePointAt(end));
        }
      } else {
        end = i + Character.charCount(text.codePointAt(i));
        while (end < to && text.charAt(end) == c && !Character.isHighSurrogate(c)) {
          end++;
        }
      }
      if (newSentence || inSentence >= MAX_SENTENCE_TOKENS) {
        if (sentences == sentenceStarts.length) {
          sentenceStarts = Arrays.copyOf(sentenceStarts, sentences * 2);
        }
        sentenceStarts[sentences++] = tokens;
        newSentence = false;
        inSentence = 0;
      }
      if (tokens == starts.length) {
        starts = Arrays.copyOf(starts, tokens * 2);
        ends = Arrays.copyOf(ends, tokens * 2);
        words = Arrays.copyOf(words, tokens * 2);
      }
      starts[tokens] = i;
      ends[tokens] = end;
      words[tokens] = word;
      tokens++;
      inSentence++;
      if (!word && (c == '.' || c == '!' || c == '?') && (end >= to || Character.isWhitespace(text.charAt(end)))) {
        newSentence = true;
      }
      i = end;
    }
    return new SegmentedText(text, starts, ends, words, tokens, sentenceStarts, sentences);
  }

  /** Letters and digits of any script; a surrogate pair counts by its code point. */
  static boolean isWordChar(String text, int index) {
    char c = text.charAt(index);
    if (c < 128) {
      return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
    }
    return Character.isLetterOrDigit(text.codePointAt(index));
  }

  private static int lineEnd(String text, int from, int to) {
    int newline = text.indexOf('\n', from);
    return newline < 0 || newline > to ? to : newline;
  }

  private static boolean isBlank(String text, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!Character.isWhitespace(text.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int firstVisible(String text, int from, int to) {
    int i = from;
    while (i < to && Character.isWhitespace(text.charAt(i))) {
      i++;
    }
    return i;
  }

  // A heading or a table row is a unit of its own: it ends with its line.
  private static boolean breaksAtLineEnd(String text, int from, int to) {
    int i = firstVisible(text, from, to);
    return i < to && (text.charAt(i) == '#' || text.charAt(i) == '|');
  }

  // List items, quotes, tables, fences, rules and HTML start a new sentence.
  private static boolean opensBlock(String text, int from, int to) {
    int i = firstVisible(text, from, to);
    if (i >= to) {
      return false;
    }
    char c = text.charAt(i);
    if (c == '#' || c == '>' || c == '|' || c == '`' || c == '<' || c == '=' || c == '~') {
      return true;
    }
    if ((c == '-' || c == '*' || c == '+') && (i + 1 >= to || Character.isWhitespace(text.charAt(i + 1))
        || text.charAt(i + 1) == c)) {
      return true;
    }
    int j = i;
    while (j < to && Character.isDigit(text.charAt(j))) {
      j++;
    }
    return j > i && j < to && (text.charAt(j) == '.' || text.charAt(j) == ')');
  }
}
