package io.hfmine.analyzers.issues.rules;

import io.hfmine.analyzers.issues.text.UnspacedScriptWords;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One cue phrase of the taxonomy, compiled: a phrase matched case-insensitively on word
 * boundaries, or a regular expression when written {@code re:...}.
 */
public final class Cue {
  private final String source;
  private final Pattern pattern;
  // Lower-case strings every match contains ({@link CueLiterals}): texts without them are skipped
  // before the (far slower) regular expression runs. Empty when the expression tells none.
  private final List<Set<String>> required;

  private Cue(String source, Pattern pattern) {
    this.source = source;
    this.pattern = pattern;
    this.required = CueLiterals.of(pattern.pattern());
  }

  /** Compiles a cue as written in the taxonomy file. */
  public static Cue of(String written) {
    if (written.startsWith("re:")) {
      return new Cue(written, Pattern.compile(written.substring(3), Pattern.CASE_INSENSITIVE));
    }
    String phrase = written.strip();
    // Word boundaries only where the phrase starts or ends with a word character, so cues such
    // as "token=" or ".cache/huggingface" still match; Chinese and Japanese have no spaces between
    // words, so "模型" is found in "bert模型" and "的模型" alike.
    String start = spaced(phrase.codePointAt(0)) ? "(?<![\\w])" : "";
    String end = spaced(phrase.codePointBefore(phrase.length())) ? "(?![\\w])" : "";
    String body = Pattern.quote(phrase).replace(" ", "\\E\\s+\\Q");
    return new Cue(written, Pattern.compile(start + body + end, Pattern.CASE_INSENSITIVE));
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
    if (!CueLiterals.admits(required, lowerCase)) {
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

  /** The strings the quick check looks for (for tests). */
  List<Set<String>> required() {
    return required;
  }
}
