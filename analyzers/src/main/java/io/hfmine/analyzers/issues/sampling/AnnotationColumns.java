package io.hfmine.analyzers.issues.sampling;

import java.util.List;

/** The columns of an annotation CSV, in the order they are written. */
public final class AnnotationColumns {
  public static final String ID = "id";
  public static final String URL = "url";
  public static final String TITLE = "title";
  public static final String BODY = "body_excerpt";
  public static final String PTM = "ptm";
  public static final String THEMES = "themes";
  public static final String SUBTHEMES = "subthemes";
  public static final String TYPE = "type";
  public static final String ANNOTATOR = "annotator";
  public static final String NOTE = "note";

  public static final List<String> ALL = List.of(ID, URL, TITLE, BODY, PTM, THEMES, SUBTHEMES, TYPE, ANNOTATOR, NOTE);

  /** Separator of several codes in one cell (a comma would need quoting in spreadsheets). */
  public static final String CODE_SEPARATOR = ";";

  private AnnotationColumns() {
  }
}
