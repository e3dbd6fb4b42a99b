package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.text.UnspacedScriptWords;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cue phrase of the taxonomy, compiled: a phrase matched case-insensitively on word
 * boundaries, or a regular expression when written {@code re:...}.
 */
public final class Cue {
  private final String source;
  private final Pattern pattern;
  // A lower-case word every match of a plain phrase contains: texts without it are skipped
  // before the (slower) regular expression runs. Null for regular-expression cues.
  private final String required;

  private Cue(String source, Pattern pattern, String required) {
    this.source = source;
    this.pattern = pattern;
    this.required = required;
  }

  /** Compiles a cue as written in the taxonomy file. */
  public static Cue of(String written) {
    if (written.startsWith("re:")) {
      return new Cue(written, Pattern.compile(written.substring(3), Pattern.CASE_INSENSITIVE), null);
    }
    String phrase = written.strip();
    // Word boundaries only where the phrase starts or ends with a word character, so cues such
    // as "token=" or ".cache/huggingface" still match; Chinese and Japanese have no spaces between
    // words, so "模型" is found in "bert模型" and "的模型" alike.
    String start = spaced(phrase.codePointAt(0)) ? "(?<![\\w])" : "";
    String end = spaced(phrase.codePointBefore(phrase.length())) ? "(?![\\w])" : "";
    String body = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    String required = phrase.toLowerCase(java.util.Locale.ROOT).split("\\s+")[0];
    return new Cue(written, Pattern.compile(start + body + end, Pattern.CASE_INSENSITIVE), required);
  }

  private static boolean spaced(int codePoint) {
    return Character.isLetterOrDigit(codePoint) && !UnspacedScriptWords.isUnspaced(codePoint);
  }

  /** The cue as written in the taxonomy file. */
  public String source() {
    return source;
  }

  /** The first matching text, or null; {@code lowerCase} is the text in lower case (for the quick check). */
  public String find(String text, String lowerCase) {
    if (required != null && !lowerCase.contains(required)) {
      return null;
    }
    return find(text);
  }

  /** The first matching text, or null. */
  public String find(String text) {
    Matcher matcher = pattern.matcher(text);
    return matcher.find() ? matcher.group() : null;
  }

  public boolean matches(String text) {
    return pattern.matcher(text).find();
  }
}
