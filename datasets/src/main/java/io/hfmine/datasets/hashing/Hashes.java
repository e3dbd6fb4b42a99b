package io.hfmine.datasets.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The project's one hash helper: SHA-256 of bytes, text and files (provenance, cache keys,
 * stable ids), keyed HMAC-SHA-256 (pseudonyms), and git's blob id (SHA-1 of {@code "blob <length>\0"} + content), which GitHub
 * reports for every file. Results are lower-case hex.
 */
public final class Hashes {
  private Hashes() {
  }

  /** SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    return HexFormat.of().formatHex(digest("SHA-256").digest(bytes));
  }

  /** SHA-256 of the UTF-8 encoding of {@code text}. */
  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** SHA-256 of a file's content, streamed. */
  public static String sha256(Path file) throws IOException {
    MessageDigest digest = digest("SHA-256");
    try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
      in.transferTo(OutputStream.nullOutputStream());
    }
    return HexFormat.of().formatHex(digest.digest());
  }

  /** A fresh SHA-256 digest, for hashes built from several parts. */
  public static MessageDigest sha256Digest() {
    return digest("SHA-256");
  }

  /**
   * SHA-1 of the UTF-8 encoding of {@code text}: for ids that must look like the Hub's and git's
   * 40-digit ones, never for integrity.
   */
  public static String sha1(String text) {
    return HexFormat.of().formatHex(digest("SHA-1").digest(text.getBytes(StandardCharsets.UTF_8)));
  }

  /** Git's blob id of {@code content}: what GitHub calls a file's {@code sha}. */
  public static String gitBlobSha(byte[] content) {
    MessageDigest sha1 = digest("SHA-1");
    sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(sha1.digest(content));
  }

  /**
   * HMAC-SHA-256 of the UTF-8 encoding of {@code text} under {@code key}: a keyed hash, so that
   * whoever lacks the key cannot confirm a guess by hashing it (a plain hash of a public login
   * can be reversed by hashing every login).
   */
  public static String hmacSha256(byte[] key, String text) {
    try {
      Mac mac = Mac.getInstance("HmacSHA256");
      mac.init(new SecretKeySpec(key, "HmacSHA256"));
      return HexFormat.of().formatHex(mac.doFinal(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException | InvalidKeyException e) {
      throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
    }
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
