package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.datasets.csv.CsvTable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Each drawn issue's stratum, read back from an enriched draw's manifest ({@link SampleManifest})
 * or from any CSV with {@code id} and {@code stratum} columns, such as the shipped labelled set's
 * {@code manifest.csv}. Other columns are ignored, so the file stays usable as an
 * {@code --exclude} file as well.
 */
public final class SampleStrata {
  static final String STRATUM = "stratum";

  private SampleStrata() {
  }

  /**
   * The strata by issue, in the file's order.
   *
   * @throws AnnotationFileException listing each problem by file and line: a missing file, a
   *     missing column, a cell that is not an issue id or not a stratum, an issue listed twice
   */
  public static Map<IssueId, Stratum> read(Path file) {
    if (!Files.isRegularFile(file)) {
      throw new AnnotationFileException(List.of(file + ": no such file"));
    }
    Map<IssueId, Stratum> strata = new LinkedHashMap<>();
    Map<IssueId, Long> lines = new LinkedHashMap<>();
    List<String> problems = new ArrayList<>();
    try {
      CsvTable.read(file, CsvTable.Width.UP_TO_HEADER, row -> {
        for (String column : List.of(AnnotationColumns.ID, STRATUM)) {
          if (row.header().stream().noneMatch(column::equalsIgnoreCase)) {
            throw new IllegalArgumentException(file + " line 1: no '" + column + "' column (the header has "
                + String.join(", ", row.header()) + "); the strata file is the manifest an enriched draw writes");
          }
        }
        IssueId id;
        try {
          id = IssueId.parse(row.get(AnnotationColumns.ID));
        } catch (IllegalArgumentException e) {
          problems.add(file + " line " + row.line() + ": column id: " + e.getMessage());
          return;
        }
        Stratum stratum = stratum(row.get(STRATUM));
        if (stratum == null) {
          problems.add(file + " line " + row.line() + ": column stratum: '" + row.get(STRATUM) + "' is not P or R");
        } else if (lines.containsKey(id)) {
          problems.add(file + " line " + row.line() + ": issue " + id + " is listed again (first on line "
              + lines.get(id) + ")");
        } else {
          strata.put(id, stratum);
          lines.put(id, row.line());
        }
      });
    } catch (Exception e) {
      problems.add(e.getMessage());
    }
    if (!problems.isEmpty()) {
      throw new AnnotationFileException(AnnotationFile.shown(problems));
    }
    return strata;
  }

  private static Stratum stratum(String cell) {
    String value = cell == null ? "" : cell.strip();
    for (Stratum stratum : Stratum.values()) {
      if (stratum.name().equalsIgnoreCase(value)) {
        return stratum;
      }
    }
    return null;
  }
}
