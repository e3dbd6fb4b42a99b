package io.hfmine.analyzers.issues.rules;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cue phrase of the taxonomy, compiled: a phrase matched case-insensitively on word
 * boundaries, or a regular expression when written {@code re:...}.
 */
public final class Cue {
  private final String source;
  private final Pattern pattern;

  private Cue(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
  }

  /** Compiles a cue as written in the taxonomy file. */
  public static Cue of(String written) {
    if (written.startsWith("re:")) {
      return new Cue(written, Pattern.compile(written.substring(3), Pattern.CASE_INSENSITIVE));
    }
    String phrase = written.strip();
    // Word boundaries only where the phrase starts or ends with a word character, so cues such
    // as "token=" or ".cache/huggingface" still match.
    String start = Character.isLetterOrDigit(phrase.charAt(0)) ? "(?<![\\w])" : "";
    String end = Character.isLetterOrDigit(phrase.charAt(phrase.length() - 1)) ? "(?![\\w])" : "";
    String body = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    return new Cue(written, Pattern.compile(start + body + end, Pattern.CASE_INSENSITIVE));
  }

  /** The cue as written in the taxonomy file. */
  public String source() {
    return source;
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
