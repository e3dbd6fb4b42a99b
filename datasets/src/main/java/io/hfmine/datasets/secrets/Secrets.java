package io.hfmine.datasets.secrets;

import java.nio.charset.StandardCharsets;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The secret values of this process (API tokens), so any text can be scrubbed of them.
 *
 * <p>Every token read from the environment is registered here first; log output, archive files
 * and exception messages pass through {@link #redact(String)} before they leave the process.
 */
public final class Secrets {
  /** What a secret is replaced with. */
  public static final String MASK = "***";

  // Token shapes of GitHub (ghp_, gho_, ghs_, github_pat_) and Hugging Face (hf_), caught even if
  // a token reached us some other way than the environment.
  private static final Pattern TOKEN_SHAPES = Pattern.compile(
      "\\b(gh[pousr]_[A-Za-z0-9]{20,}|github_pat_[A-Za-z0-9_]{20,}|hf_[A-Za-z0-9]{20,})\\b");
  private static final Set<String> VALUES = ConcurrentHashMap.newKeySet();

  private Secrets() {
  }

  /** Registers a secret value; blanks and very short values are ignored (they would mask noise). */
  public static void register(String value) {
    if (value != null && value.strip().length() >= 8) {
      VALUES.add(value.strip());
    }
  }

  /** The text with every registered secret and every token-shaped word replaced by {@link #MASK}. */
  public static String redact(String text) {
    if (text == null || text.isEmpty()) {
      return text;
    }
    String result = text;
    for (String value : VALUES) {
      if (result.contains(value)) {
        result = result.replace(value, MASK);
      }
    }
    return TOKEN_SHAPES.matcher(result).replaceAll(MASK);
  }

  /**
   * The bytes with every registered secret replaced by {@link #MASK}, for response bodies. Only
   * the registered values are replaced: a token-shaped word in fetched data (a revoked token in
   * someone's issue or code) is data, and rewriting it would make a replay differ from the run.
   */
  public static byte[] redactRegistered(byte[] bytes) {
    if (bytes == null || bytes.length == 0 || VALUES.isEmpty()) {
      return bytes;
    }
    // ISO-8859-1 maps every byte to one char and back, so any body, text or not, survives intact.
    String text = new String(bytes, StandardCharsets.ISO_8859_1);
    String result = text;
    for (String value : VALUES) {
      String encoded = new String(value.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
      if (result.contains(encoded)) {
        result = result.replace(encoded, MASK);
      }
    }
    return result == text ? bytes : result.getBytes(StandardCharsets.ISO_8859_1);
  }
}
