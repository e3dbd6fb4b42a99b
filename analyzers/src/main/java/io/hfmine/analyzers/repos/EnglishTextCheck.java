package io.hfmine.analyzers.repos;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Tells whether a short text, such as a repository description or README, is written in
 * English. A pure heuristic in two steps, cheap enough for every repository:
 *
 * <ol>
 *   <li><b>Script.</b> Letters are counted by Unicode script after URLs, e-mail addresses, code
 *       and markup are removed. When fewer than {@code minLatinShare} of them are Latin, the text
 *       is not English and the main other script is named (Han, Hiragana, Hangul, Cyrillic ...).
 *       A Chinese description with a few model names ("基于BERT的中文文本分类") fails here.</li>
 *   <li><b>Function words.</b> Latin-script words are matched against English function words and
 *       those of Spanish, Portuguese, French, German, Italian, Dutch and Indonesian (see
 *       {@code stopwords.txt}). The text is English when English function words outnumber those
 *       of every other language, not English when another language's outnumber English's.</li>
 * </ol>
 *
 * <p>It is undetermined when the text has fewer than {@code minWords} words, no function word
 * at all (keyword lists such as "BERT NER PyTorch"), or a tie; callers decide what that means.
 */
public final class EnglishTextCheck {
  private static final Pattern NOISE = Pattern.compile(
      "```.*?```|`[^`]*`|<[^>]+>|https?://\\S+|www\\.\\S+|\\S+@\\S+\\.\\S+|&[a-z]+;|:[a-z0-9_+-]+:",
      Pattern.DOTALL);
  private static final Pattern WORD = Pattern.compile("\\p{IsLatin}+(?:'\\p{IsLatin}+)?");

  private final StopWords stopWords;
  private final double minLatinShare;
  private final int minWords;

  /**
   * @param minLatinShare share of Latin-script letters below which a text is not English
   * @param minWords fewer Latin-script words than this leave the text undetermined
   */
  public EnglishTextCheck(double minLatinShare, int minWords) {
    if (minLatinShare < 0 || minLatinShare > 1) {
      throw new IllegalArgumentException("min-latin-share must be between 0 and 1, got " + minLatinShare);
    }
    this.stopWords = StopWords.shipped();
    this.minLatinShare = minLatinShare;
    this.minWords = minWords;
  }

  public EnglishVerdict check(String text) {
    String clean = text == null ? "" : NOISE.matcher(text).replaceAll(" ");
    Map<Character.UnicodeScript, Integer> scripts = new HashMap<>();
    int letters = 0;
    int latin = 0;
    for (int i = 0; i < clean.length(); ) {
      int codePoint = clean.codePointAt(i);
      i += Character.charCount(codePoint);
      if (Character.isLetter(codePoint)) {
        letters++;
        Character.UnicodeScript script = Character.UnicodeScript.of(codePoint);
        if (script == Character.UnicodeScript.LATIN) {
          latin++;
        } else {
          scripts.merge(script, 1, Integer::sum);
        }
      }
    }
    double latinShare = letters == 0 ? 1.0 : (double) latin / letters;
    if (letters > 0 && latinShare < minLatinShare) {
      Character.UnicodeScript main = scripts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey();
      return new EnglishVerdict(EnglishVerdict.Decision.NOT_ENGLISH, latinShare, 0, 0, 0,
          String.format(Locale.ROOT, "mostly %s script (%.0f%% of letters)", scriptName(main), 100 * (1 - latinShare)));
    }
    return byFunctionWords(clean, latinShare);
  }

  private EnglishVerdict byFunctionWords(String clean, double latinShare) {
    int words = 0;
    int english = 0;
    Map<String, Integer> foreign = new HashMap<>();
    Matcher matcher = WORD.matcher(clean.toLowerCase(Locale.ROOT));
    while (matcher.find()) {
      String word = matcher.group();
      words++;
      if (stopWords.isEnglish(word)) {
        english++;
        continue;
      }
      for (Map.Entry<String, Set<String>> language : stopWords.otherLanguages().entrySet()) {
        if (language.getValue().contains(word)) {
          foreign.merge(language.getKey(), 1, Integer::sum);
        }
      }
    }
    if (words < minWords) {
      return new EnglishVerdict(EnglishVerdict.Decision.UNDETERMINED, latinShare, words, english, 0,
          words == 0 ? "no words" : "too short to tell (" + words + " words)");
    }
    Map.Entry<String, Integer> top = foreign.entrySet().stream().max(Map.Entry.comparingByValue()).orElse(null);
    int foreignWords = top == null ? 0 : top.getValue();
    if (foreignWords > english) {
      return new EnglishVerdict(EnglishVerdict.Decision.NOT_ENGLISH, latinShare, words, english, foreignWords,
          String.format(Locale.ROOT, "%s function words outnumber English ones (%d vs %d)",
              capitalize(top.getKey()), foreignWords, english));
    }
    if (english > foreignWords) {
      return new EnglishVerdict(EnglishVerdict.Decision.ENGLISH, latinShare, words, english, foreignWords,
          String.format(Locale.ROOT, "%d English function words in %d words", english, words));
    }
    return new EnglishVerdict(EnglishVerdict.Decision.UNDETERMINED, latinShare, words, english, foreignWords,
        english == 0 ? "no function words (" + words + " words)"
            : "as many " + capitalize(top.getKey()) + " as English function words (" + english + ")");
  }

  private static String scriptName(Character.UnicodeScript script) {
    return capitalize(script.name().toLowerCase(Locale.ROOT));
  }

  private static String capitalize(String text) {
    return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
  }
}
