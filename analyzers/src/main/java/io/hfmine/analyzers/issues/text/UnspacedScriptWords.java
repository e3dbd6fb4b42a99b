package io.hfmine.analyzers.issues.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Terms for scripts written without spaces between words (Chinese, Japanese): each run of Han,
 * Hiragana or Katakana characters gives its overlapping character pairs, and a run of one
 * character gives that character. Pairs stand in for words without a dictionary: "预训练模型"
 * gives "预训", "训练", "练模", "模型", so an issue in Chinese shares the terms "训练" and "模型"
 * with every other issue that speaks of training a model, as an English one shares "model".
 * A word-character pattern alone reads such an issue as no terms at all.
 */
public final class UnspacedScriptWords {
  private UnspacedScriptWords() {
  }

  /** Whether the character belongs to a script written without spaces between words. */
  public static boolean isUnspaced(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    // The prolonged sound mark (ー) belongs to no one script but is part of Katakana words.
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || codePoint == 'ー';
  }

  /** The character pairs of every run in the text, in order. */
  public static List<String> pairs(String text) {
    List<String> pairs = new ArrayList<>();
    int[] points = text.codePoints().toArray();
    int i = 0;
    while (i < points.length) {
      if (!isUnspaced(points[i])) {
        i++;
        continue;
      }
      int end = i;
      while (end < points.length && isUnspaced(points[end])) {
        end++;
      }
      if (end - i == 1) {
        pairs.add(new String(points, i, 1));
      }
      for (int p = i; p + 1 < end; p++) {
        pairs.add(new String(points, p, 2));
      }
      i = end;
    }
    return pairs;
  }
}
