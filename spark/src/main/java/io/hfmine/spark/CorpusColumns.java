package io.hfmine.spark;

/**
 * The corpus columns the job reads: the file's text, its path in its repository, the
 * repository, and optionally the git blob sha (computed from the content when absent).
 */
public record CorpusColumns(String content, String path, String repository, String blobSha) {
  public CorpusColumns {
    require(content, "content");
    require(path, "path");
    blobSha = blobSha == null || blobSha.isBlank() ? null : blobSha;
    repository = repository == null || repository.isBlank() ? null : repository;
  }

  private static void require(String column, String what) {
    if (column == null || column.isBlank()) {
      throw new IllegalArgumentException("the corpus's " + what + " column must be named");
    }
  }
}
