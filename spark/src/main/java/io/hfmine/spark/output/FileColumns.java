package io.hfmine.spark.output;

import java.util.List;

/** The per-file status table's columns, in order. */
public final class FileColumns {
  public static final String REPOSITORY = "repository";
  public static final String PATH = "path";
  public static final String BLOB_SHA = "blob_sha";
  public static final String LANGUAGE = "language";
  public static final String BYTES = "bytes";
  public static final String STATUS = "status";
  public static final String DETAIL = "detail";
  public static final String SYNTAX_ERRORS = "syntax_errors";
  public static final String USAGES = "usages";

  public static final List<String> ALL = List.of(REPOSITORY, PATH, BLOB_SHA, LANGUAGE, BYTES, STATUS, DETAIL,
      SYNTAX_ERRORS, USAGES);

  private FileColumns() {
  }
}
