package io.hfmine.analyzers.issues.text;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits identifiers and file names into their words, so that a cue matches inside them:
 * {@code arcface_checkpoint.tar} reads as "arcface checkpoint tar", {@code loadPretrainedWeights}
 * as "load Pretrained Weights", {@code resnet50} as "resnet 50".
 *
 * <p>Only tokens that are identifiers (joined by {@code _ . / \ - :}, or camelCase, or letters
 * followed by digits) are rewritten; ordinary words stay as they are.
 */
public final class IdentifierWords {
  private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9]+(?:[_./\\\\:-]+[A-Za-z0-9]+)*");
  private static final Pattern JOINERS = Pattern.compile("[_./\\\\:-]+");
  private static final Pattern LOWER_UPPER = Pattern.compile("(?<=[a-z])(?=[A-Z])");
  private static final Pattern ACRONYM_WORD = Pattern.compile("(?<=[A-Z])(?=[A-Z][a-z])");
  private static final Pattern LETTER_DIGIT = Pattern.compile("(?<=[A-Za-z])(?=[0-9])");

  private IdentifierWords() {
  }

  /** The text with every identifier replaced by its words, separated by spaces. */
  public static String split(String text) {
    Matcher matcher = TOKEN.matcher(text);
    StringBuilder out = new StringBuilder(text.length() + 16);
    int last = 0;
    while (matcher.find()) {
      out.append(text, last, matcher.start());
      out.append(words(matcher.group()));
      last = matcher.end();
    }
    out.append(text, last, text.length());
    return out.toString();
  }

  static String words(String token) {
    String spaced = JOINERS.matcher(token).replaceAll(" ");
    spaced = LOWER_UPPER.matcher(spaced).replaceAll(" ");
    spaced = ACRONYM_WORD.matcher(spaced).replaceAll(" ");
    return LETTER_DIGIT.matcher(spaced).replaceAll(" ");
  }
}
