package io.hfmine.datasets.hashing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * The project's one hash helper: SHA-256 of bytes, text and files (provenance, cache keys,
 * stable ids), and git's blob id (SHA-1 of {@code "blob <length>\0"} + content), which GitHub
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

  /** Git's blob id of {@code content}: what GitHub calls a file's {@code sha}. */
  public static String gitBlobSha(byte[] content) {
    MessageDigest sha1 = digest("SHA-1");
    sha1.update(("blob " + content.length + "\0").getBytes(StandardCharsets.US_ASCII));
    return HexFormat.of().formatHex(sha1.digest(content));
  }

  private static MessageDigest digest(String algorithm) {
    try {
      return MessageDigest.getInstance(algorithm);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(algorithm + " is part of every JDK", e);
    }
  }
}
