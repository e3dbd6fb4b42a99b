package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.datasets.csv.CsvTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * The issues that CSV files name in an {@code id} column ({@code owner/name#12}): a labelled set's
 * {@code manifest.csv}, an annotation sheet, an earlier draw's manifest. A draw leaves them out so
 * a new round holds no issue labelled before.
 */
public final class ExcludedIssues {
  private ExcludedIssues() {
  }

  /**
   * The ids of every file, read whole before anything is drawn.
   *
   * @throws AnnotationFileException listing each problem by file and line: a missing or malformed
   *     file, a file without an {@code id} column, a cell that is not an issue id
   */
  public static Set<IssueId> read(List<Path> files) {
    Set<IssueId> ids = new TreeSet<>();
    List<String> problems = new ArrayList<>();
    for (Path file : files) {
      if (!Files.isRegularFile(file)) {
        problems.add(file + ": no such file");
        continue;
      }
      try {
        CsvTable.read(file, CsvTable.Width.UP_TO_HEADER, row -> {
          if (row.header().stream().noneMatch(AnnotationColumns.ID::equalsIgnoreCase)) {
            throw new IllegalArgumentException(file + " line 1: no '" + AnnotationColumns.ID + "' column (the header has "
                + String.join(", ", row.header()) + ")");
          }
          try {
            ids.add(IssueId.parse(row.get(AnnotationColumns.ID)));
          } catch (IllegalArgumentException e) {
            problems.add(file + " line " + row.line() + ": column id: " + e.getMessage());
          }
        });
      } catch (Exception e) {
        problems.add(e.getMessage());
      }
    }
    if (!problems.isEmpty()) {
      throw new AnnotationFileException(AnnotationFile.shown(problems));
    }
    return ids;
  }
}
