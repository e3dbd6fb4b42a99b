package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Predicate;

/**
 * {@code hfmine annotate import}: validates every row of a filled-in CSV, then stores all of it
 * in one transaction, or nothing when any row is wrong.
 */
public final class AnnotationImport {
  private AnnotationImport() {
  }

  /** Rows imported per annotator, and the sheet's rows left out for carrying no label yet. */
  public record Result(Map<String, Integer> perAnnotator, int unlabelled) {
  }

  /** A sheet of {@code annotate export}, filled in whole or in part: rows with no label yet are left out. */
  public static Result run(Store store, Taxonomy taxonomy, Path file, String annotator) {
    AnnotationFile.Sheet sheet = AnnotationFile.read(file, taxonomy, issueInStore(store),
        AnnotationFile.AnnotatorColumn.forImport(annotator), true);
    return store(store, sheet.entries(), file.getFileName().toString(), sheet.unlabelled());
  }

  /**
   * The same import for annotation CSV text that is not a file (the rows {@code hfmine serve}
   * builds from its form): same validation, same tables, same replacement of earlier labels.
   *
   * @param sourceName recorded as the annotations' {@code source_file} and named in errors
   */
  public static Result runText(Store store, Taxonomy taxonomy, String csv, String sourceName, String annotator) {
    List<AnnotationFile.Entry> entries = AnnotationFile.parse(csv, sourceName, sourceName, taxonomy,
        issueInStore(store), AnnotationFile.AnnotatorColumn.forImport(annotator));
    return store(store, entries, sourceName, 0);
  }

  private static Result store(Store store, List<AnnotationFile.Entry> entries, String sourceName, int unlabelled) {
    Instant now = Instant.now();
    store.transaction(connection -> {
      AnnotationRecords.store(connection, entries, sourceName, now);
      return null;
    });
    Map<String, Integer> counts = new TreeMap<>();
    entries.forEach(e -> counts.merge(e.annotation().annotator(), 1, Integer::sum));
    return new Result(counts, unlabelled);
  }

  /** Looks issues up by key, so checking a few rows never reads every issue's text. */
  private static Predicate<IssueId> issueInStore(Store store) {
    return id -> store.read(connection -> {
      try (PreparedStatement statement = connection.prepareStatement(
          "SELECT 1 FROM issues WHERE repository = ? AND number = ?")) {
        statement.setString(1, id.repository());
        statement.setInt(2, id.number());
        try (ResultSet rows = statement.executeQuery()) {
          return rows.next();
        }
      }
    });
  }
}
