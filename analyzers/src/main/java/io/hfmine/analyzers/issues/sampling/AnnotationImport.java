package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.IssueRecords;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * {@code hfmine annotate import}: validates every row of a filled-in CSV, then stores all of it
 * in one transaction, or nothing when any row is wrong.
 */
public final class AnnotationImport {
  private AnnotationImport() {
  }

  /** Rows imported per annotator. */
  public record Result(Map<String, Integer> perAnnotator) {
  }

  public static Result run(Store store, Taxonomy taxonomy, Path file, String annotator) {
    Set<IssueId> known = IssueRecords.byId(store).keySet();
    List<AnnotationFile.Entry> entries = AnnotationFile.read(file, taxonomy, known::contains,
        AnnotationFile.AnnotatorColumn.forImport(annotator));
    Instant now = Instant.now();
    store.transaction(connection -> {
      AnnotationRecords.store(connection, entries, file.getFileName().toString(), now);
      return null;
    });
    Map<String, Integer> counts = new TreeMap<>();
    entries.forEach(e -> counts.merge(e.annotation().annotator(), 1, Integer::sum));
    return new Result(counts);
  }
}
