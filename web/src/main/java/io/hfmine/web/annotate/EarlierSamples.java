package io.hfmine.web.annotate;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.sampling.AnnotationColumns;
import io.hfmine.datasets.csv.CsvTable;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;

/**
 * The issues of every stored sample as an exclusion file (an {@code id} column, as an earlier
 * draw's manifest has), for the form's "leave out the issues of earlier samples": the draw leaves
 * them out through {@code annotate export --exclude}'s own reading and filtering, so the browser
 * and the command line cannot come to differ on what an exclusion means. Deleted on close.
 */
final class EarlierSamples implements AutoCloseable {
  private final Path file;
  private final int issues;

  private EarlierSamples(Path file, int issues) {
    this.file = file;
    this.issues = issues;
  }

  static EarlierSamples write(Store store) {
    StringBuilder csv = new StringBuilder(CsvTable.record(List.of(AnnotationColumns.ID)));
    Set<IssueId> ids = SampleRecords.sampledIssues(store);
    for (IssueId id : ids) {
      csv.append(CsvTable.record(List.of(id.toString())));
    }
    try {
      Path file = Files.createTempFile("hfmine-earlier-samples-", ".csv");
      Files.writeString(file, csv);
      return new EarlierSamples(file, ids.size());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the list of earlier samples' issues: " + e.getMessage(), e);
    }
  }

  Path file() {
    return file;
  }

  /** How many distinct issues the earlier samples hold. */
  int issues() {
    return issues;
  }

  @Override
  public void close() {
    try {
      Files.deleteIfExists(file);
    } catch (IOException e) {
      // A temporary file left behind holds only issue ids; the draw itself succeeded.
    }
  }
}
