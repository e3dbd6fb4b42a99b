package io.hfmine.analyzers.issues.text;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Terms for scripts written without spaces between words (Chinese, Japanese): each run of Han,
 * Hiragana or Katakana characters gives its overlapping character pairs, and a run of one
 * character gives that character. Pairs stand in for words without a dictionary: "预训练模型"
 * gives "预训", "训练", "练模", "模型", so an issue in Chinese shares the terms "训练" and "模型"
 * with every other issue that speaks of training a model, as an English one shares "model".
 * A word-character pattern alone reads such an issue as no terms at all.
 */
public final class UnspacedScriptWords {
  private static final Pattern RUN = Pattern.compile("[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]+");

  private UnspacedScriptWords() {
  }

  /** Whether the character belongs to a script written without spaces between words. */
  public static boolean isUnspaced(int codePoint) {
    Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
    return script == Character.UnicodeScript.HAN || script == Character.UnicodeScript.HIRAGANA
        || script == Character.UnicodeScript.KATAKANA || codePoint == 'ー';
  }

  /** The character pairs of every run in the text, in order. */
  public static List<String> pairs(String text) {
    List<String> pairs = new ArrayList<>();
    Matcher matcher = RUN.matcher(text);
    while (matcher.find()) {
      String run = matcher.group();
      int[] points = run.codePoints().toArray();
      if (points.length == 1) {
        pairs.add(run);
        continue;
      }
      for (int i = 0; i + 1 < points.length; i++) {
        pairs.add(new String(points, i, 2));
      }
    }
    return pairs;
  }
}
