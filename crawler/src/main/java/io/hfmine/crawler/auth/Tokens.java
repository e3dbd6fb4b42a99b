package io.hfmine.crawler.auth;

import io.hfmine.datasets.secrets.Secrets;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * API tokens read from the environment ({@code HF_TOKEN}, {@code GITHUB_TOKEN}, {@code GITHUB_TOKENS}).
 *
 * <p>Each value is registered with {@link Secrets} as soon as it is read, so nothing printed
 * afterwards can contain it. {@link #toString()} never shows a value.
 */
public final class Tokens {
  private final String hf;
  private final List<String> github;

  private Tokens(String hf, List<String> github) {
    this.hf = hf;
    this.github = github;
  }

  /** Reads the tokens from an environment map (System.getenv() in production). */
  public static Tokens fromEnvironment(Map<String, String> environment) {
    String hf = blankToNull(environment.get("HF_TOKEN"));
    String many = environment.getOrDefault("GITHUB_TOKENS", "");
    List<String> github = Arrays.stream(many.split(","))
        .map(String::strip)
        .filter(token -> !token.isEmpty())
        .distinct()
        .toList();
    if (github.isEmpty() && blankToNull(environment.get("GITHUB_TOKEN")) != null) {
      github = List.of(environment.get("GITHUB_TOKEN").strip());
    }
    Secrets.register(hf);
    github.forEach(Secrets::register);
    return new Tokens(hf, github);
  }

  /** The Hugging Face token, or null for anonymous access. */
  public String hf() {
    return hf;
  }

  /** GitHub tokens, used round-robin; empty for anonymous access. */
  public List<String> github() {
    return github;
  }

  @Override
  public String toString() {
    return "Tokens[hf=" + (hf == null ? "none" : Secrets.MASK) + ", github=" + github.size() + " token(s)]";
  }

  private static String blankToNull(String value) {
    return value == null || value.isBlank() ? null : value.strip();
  }
}
