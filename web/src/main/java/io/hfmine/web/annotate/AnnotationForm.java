package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.sampling.AnnotationColumns;
import io.hfmine.analyzers.issues.sampling.AnnotationImport;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import java.util.List;
import java.util.Map;

/**
 * An annotation sent from the workspace, stored exactly as a CSV row would be: the form becomes
 * one row of an annotation CSV (the columns {@code annotate export} writes) and goes through
 * {@link AnnotationImport#runText}, the validation and tables of {@code annotate import}. A CSV and
 * the browser are therefore interchangeable, and an error reads the same in both.
 *
 * @param ptm yes, no or empty
 * @param themes theme codes; {@code subThemes} imply their themes as in a CSV
 */
public record AnnotationForm(IssueId issue, String annotator, String ptm, List<String> themes, List<String> subThemes,
    String type, String note) {

  /** The form's row as annotation CSV text (header and one record). */
  public String csv() {
    Map<String, String> cells = new java.util.LinkedHashMap<>();
    AnnotationColumns.ALL.forEach(column -> cells.put(column, ""));
    cells.put(AnnotationColumns.ID, issue.toString());
    cells.put(AnnotationColumns.PTM, ptm == null ? "" : ptm);
    cells.put(AnnotationColumns.THEMES, String.join(AnnotationColumns.CODE_SEPARATOR, themes));
    cells.put(AnnotationColumns.SUBTHEMES, String.join(AnnotationColumns.CODE_SEPARATOR, subThemes));
    cells.put(AnnotationColumns.TYPE, type == null ? "" : type);
    cells.put(AnnotationColumns.ANNOTATOR, annotator);
    cells.put(AnnotationColumns.NOTE, note == null ? "" : note.strip());
    return CsvTable.record(AnnotationColumns.ALL) + CsvTable.record(List.copyOf(cells.values()));
  }

  /**
   * Stores the annotation, replacing this annotator's earlier one of the issue.
   *
   * @throws io.hfmine.analyzers.issues.sampling.AnnotationFileException listing what is wrong; nothing is stored then
   */
  public void save(Store store, Taxonomy taxonomy, String sample) {
    AnnotationImport.runText(store, taxonomy, csv(), sourceName(sample), annotator);
  }

  /** What {@code annotations.source_file} records for browser annotations. */
  public static String sourceName(String sample) {
    return "hfmine serve, sample " + sample;
  }
}
