package io.hfmine.bench.accuracy;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Locale;

/**
 * The tuning / held-out split of {@code bench/usage-accuracy/SPLIT.md}: a repository is held out
 * when the first four bytes of the SHA-256 of its lower-cased {@code owner/name}, as an unsigned
 * big-endian number, are divisible by 3.
 */
enum Split {
  TUNING, HELD_OUT;

  static Split of(String repository) {
    try {
      byte[] digest = MessageDigest.getInstance("SHA-256")
          .digest(repository.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.UTF_8));
      long head = ((digest[0] & 0xFFL) << 24) | ((digest[1] & 0xFFL) << 16) | ((digest[2] & 0xFFL) << 8)
          | (digest[3] & 0xFFL);
      return head % 3 == 0 ? HELD_OUT : TUNING;
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  String label() {
    return this == HELD_OUT ? "held-out" : "tuning";
  }
}
