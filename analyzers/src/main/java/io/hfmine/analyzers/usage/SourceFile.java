package io.hfmine.analyzers.usage;

import io.hfmine.datasets.hashing.Hashes;
import java.util.Locale;

/**
 * A file to extract usages from: where it comes from and its raw bytes.
 *
 * <p>Its git blob sha is either known (a file from the store) or worked out from the content the
 * first time anyone asks ({@link #hashedOnDemand}): a usage record carries it, and most files
 * parsed have no usage, so a local scan hashes only the files that have one.
 */
public final class SourceFile {
  private final String repository;
  private final String path;
  private final byte[] content;
  private final boolean hashOnDemand;
  private String blobSha;

  public SourceFile(String repository, String path, String blobSha, byte[] content) {
    this(repository, path, blobSha, content, false);
  }

  private SourceFile(String repository, String path, String blobSha, byte[] content, boolean hashOnDemand) {
    this.repository = repository;
    this.path = path;
    this.blobSha = blobSha;
    this.content = content;
    this.hashOnDemand = hashOnDemand;
  }

  /** A file whose blob sha is the git hash of its content, computed when first asked for. */
  public static SourceFile hashedOnDemand(String repository, String path, byte[] content) {
    return new SourceFile(repository, path, null, content, true);
  }

  public String repository() {
    return repository;
  }

  public String path() {
    return path;
  }

  /** The git blob sha, or null when it is neither known nor to be computed. One thread per file. */
  public String blobSha() {
    if (blobSha == null && hashOnDemand) {
      blobSha = Hashes.gitBlobSha(content);
    }
    return blobSha;
  }

  public byte[] content() {
    return content;
  }

  /** The language the file's name says (python, java or notebook), or null when hfmine does not parse it. */
  public String language() {
    return languageOf(path);
  }

  public static String languageOf(String path) {
    String lower = path.toLowerCase(Locale.ROOT);
    if (lower.endsWith(".py") || lower.endsWith(".pyw") || lower.endsWith(".pyi")) {
      return "python";
    }
    if (lower.endsWith(".java")) {
      return "java";
    }
    if (lower.endsWith(".ipynb")) {
      return "notebook";
    }
    return null;
  }

  /** What the usage id is derived from: the blob sha when known, else the path. */
  public String origin() {
    String sha = blobSha();
    return sha != null ? sha : path;
  }
}
