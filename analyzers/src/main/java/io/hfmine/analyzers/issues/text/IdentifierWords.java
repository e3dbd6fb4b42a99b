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

  // One pass over the token does what replacing, in turn, runs of joiners by a space and then
  // a-z|A-Z, A-Z|A-Z a-z and letter|digit boundaries by a space does: each boundary is told by
  // the characters around it in the token as written, since no replacement makes or breaks another's.
  static String words(String token) {
    StringBuilder out = new StringBuilder(token.length() + 8);
    for (int i = 0; i < token.length(); i++) {
      char c = token.charAt(i);
      if (isJoiner(c)) {
        if (i == 0 || !isJoiner(token.charAt(i - 1))) {
          out.append(' ');
        }
        continue;
      }
      if (i > 0 && startsWord(token, i)) {
        out.append(' ');
      }
      out.append(c);
    }
    return out.toString();
  }

  private static boolean startsWord(String token, int i) {
    char before = token.charAt(i - 1);
    char c = token.charAt(i);
    return (isLower(before) && isUpper(c))
        || (isUpper(before) && isUpper(c) && i + 1 < token.length() && isLower(token.charAt(i + 1)))
        || ((isLower(before) || isUpper(before)) && c >= '0' && c <= '9');
  }

  private static boolean isJoiner(char c) {
    return c == '_' || c == '.' || c == '/' || c == '\\' || c == ':' || c == '-';
  }

  private static boolean isLower(char c) {
    return c >= 'a' && c <= 'z';
  }

  private static boolean isUpper(char c) {
    return c >= 'A' && c <= 'Z';
  }
}
