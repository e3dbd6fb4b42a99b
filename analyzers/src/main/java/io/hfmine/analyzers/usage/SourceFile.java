package io.hfmine.analyzers.usage;

import java.util.Locale;

/** A file to extract usages from: where it comes from and its raw bytes. */
public record SourceFile(String repository, String path, String blobSha, byte[] content) {

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
    return blobSha != null ? blobSha : path;
  }
}
