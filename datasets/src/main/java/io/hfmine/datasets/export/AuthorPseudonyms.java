package io.hfmine.datasets.export;

import io.hfmine.datasets.hashing.Hashes;
import java.nio.charset.StandardCharsets;

/**
 * Pseudonyms for GitHub logins in an export ({@code hfmine export --pseudonymise-authors}):
 * {@code gh-} and the first 16 hex digits of HMAC-SHA-256(key, login).
 *
 * <p>The same login gets the same pseudonym in every table and every export made with the same
 * key, so joins and per-author counts still work; without the key nobody can confirm a guessed
 * login by hashing it, which a plain hash would allow. 64 bits make a collision among even
 * millions of logins unlikely (about 1 in 10^7 for a million). Keep the key secret and keep it
 * if later exports must line up with this one.
 */
public final class AuthorPseudonyms {
  /** The environment variable the key is read from; never a configuration file or an option value. */
  public static final String KEY_VARIABLE = "HFMINE_PSEUDONYM_KEY";
  /** Shorter keys are refused: a guessable key makes the pseudonyms reversible. */
  public static final int MIN_KEY_LENGTH = 16;

  private final byte[] key;

  public AuthorPseudonyms(String key) {
    if (key == null || key.strip().length() < MIN_KEY_LENGTH) {
      throw new IllegalArgumentException(KEY_VARIABLE + " must hold a secret of at least " + MIN_KEY_LENGTH
          + " characters to pseudonymise author fields");
    }
    this.key = key.strip().getBytes(StandardCharsets.UTF_8);
  }

  /** The pseudonym of {@code login}; logins compare case-insensitively, as GitHub's do. */
  public String of(String login) {
    return "gh-" + Hashes.hmacSha256(key, login.strip().toLowerCase(java.util.Locale.ROOT)).substring(0, 16);
  }
}
