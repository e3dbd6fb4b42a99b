package io.hfmine.analyzers.issues.sampling;

import io.hfmine.analyzers.issues.Annotation;
import io.hfmine.analyzers.issues.IssueId;
import io.hfmine.analyzers.issues.taxonomy.Taxonomy;
import io.hfmine.datasets.csv.CsvTable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Reads a filled-in annotation CSV, checking every row against the taxonomy and the known issues;
 * all problems are collected so the annotator fixes them in one pass.
 */
public final class AnnotationFile {
  private static final Set<String> TYPES = Set.of("bug", "question", "enhancement", "other");
  private static final int MAX_REPORTED = 20;

  /** An annotation and the CSV line it came from. */
  public record Entry(Annotation annotation, int line, String note) {
  }

  private AnnotationFile() {
  }

  /**
   * Reads and validates the file. {@code annotator} names rows whose annotator cell is empty (and
   * must agree with filled cells); null means every row must name its annotator.
   *
   * @throws AnnotationFileException listing every invalid row by line
   */
  public static List<Entry> read(Path file, Taxonomy taxonomy, Predicate<IssueId> issueExists, String annotator) {
    if (!Files.isRegularFile(file)) {
      throw new AnnotationFileException(List.of(file + ": no such file"));
    }
    List<CsvTable.Row> rows = new ArrayList<>();
    try {
      // Spreadsheets leave trailing empty cells out: a short row reads them as empty.
      CsvTable.read(file, CsvTable.Width.UP_TO_HEADER, rows::add);
    } catch (IOException | IllegalArgumentException e) {
      throw new AnnotationFileException(List.of(e.getMessage()));
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
    List<String> errors = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : rows) {
      String where = file.getFileName() + " line " + row.line() + ": ";
      int before = errors.size();
      IssueId id = null;
      try {
        id = IssueId.parse(row.get(AnnotationColumns.ID));
      } catch (IllegalArgumentException e) {
        errors.add(where + "column id: " + e.getMessage());
      }
      if (id != null && !issueExists.test(id)) {
        errors.add(where + "issue " + id + " is not in the store");
      }
      String key = annotatorOf(row, annotator, where, errors) + "|" + id;
      Integer firstLine = seen.putIfAbsent(key, (int) row.line());
      if (id != null && firstLine != null) {
        errors.add(where + "issue " + id + " is annotated again (first on line " + firstLine + ")");
      }
      Boolean ptm = parsePtm(row.get(AnnotationColumns.PTM), where, errors);
      List<String> subThemes = codes(row.get(AnnotationColumns.SUBTHEMES));
      Set<String> themes = new LinkedHashSet<>(codes(row.get(AnnotationColumns.THEMES)));
      for (String theme : themes) {
        if (!taxonomy.isTheme(theme)) {
          errors.add(where + "unknown theme code '" + theme + "' (known: " + String.join(", ", taxonomy.themeCodes()) + ")");
        }
      }
      for (String sub : subThemes) {
        if (!taxonomy.isSubTheme(sub)) {
          errors.add(where + "unknown sub-theme code '" + sub + "'");
        } else {
          // Annotators often fill only the sub-theme; its theme is implied.
          themes.add(taxonomy.subTheme(sub).orElseThrow().themeCode());
        }
      }
      String type = row.get(AnnotationColumns.TYPE).toLowerCase(Locale.ROOT);
      if (!type.isEmpty() && !TYPES.contains(type)) {
        errors.add(where + "unknown type '" + type + "' (bug, question, enhancement or other)");
      }
      if (Boolean.FALSE.equals(ptm) && !themes.isEmpty()) {
        errors.add(where + "themes given but ptm is 'no'");
      }
      if (ptm == null && themes.isEmpty() && type.isEmpty()) {
        errors.add(where + "no label given (ptm, themes, subthemes or type)");
      }
      if (errors.size() == before) {
        entries.add(new Entry(new Annotation(id, key.substring(0, key.indexOf('|')), ptm, List.copyOf(themes), subThemes,
            type.isEmpty() ? null : type), (int) row.line(), row.get(AnnotationColumns.NOTE)));
      }
    }
    if (!errors.isEmpty()) {
      throw new AnnotationFileException(errors.size() > MAX_REPORTED
          ? withTail(errors.subList(0, MAX_REPORTED), errors.size()) : errors);
    }
    return entries;
  }

  private static List<String> withTail(List<String> first, int total) {
    List<String> shown = new ArrayList<>(first);
    shown.add("... and " + (total - first.size()) + " more");
    return shown;
  }

  private static String annotatorOf(CsvTable.Row row, String annotator, String where, List<String> errors) {
    String cell = row.get(AnnotationColumns.ANNOTATOR);
    if (cell.isEmpty() && annotator == null) {
      errors.add(where + "empty annotator (fill the column or pass --annotator)");
      return "";
    }
    if (!cell.isEmpty() && annotator != null && !cell.equals(annotator)) {
      errors.add(where + "annotator '" + cell + "' differs from --annotator " + annotator);
    }
    String name = cell.isEmpty() ? annotator : cell;
    if (!name.matches("[\\w.@-]+")) {
      errors.add(where + "annotator '" + name + "' may hold only letters, digits, '.', '@', '_' and '-'");
    }
    return name;
  }

  private static Boolean parsePtm(String value, String where, List<String> errors) {
    return switch (value.toLowerCase(Locale.ROOT)) {
      case "" -> null;
      case "yes", "y", "true", "1" -> true;
      case "no", "n", "false", "0" -> false;
      default -> {
        errors.add(where + "ptm '" + value + "' is not yes or no");
        yield null;
      }
    };
  }

  private static List<String> codes(String cell) {
    return Arrays.stream(cell.split("[;,\\s]+")).map(String::strip).filter(s -> !s.isEmpty())
        .map(s -> s.toUpperCase(Locale.ROOT)).distinct().toList();
  }
}
