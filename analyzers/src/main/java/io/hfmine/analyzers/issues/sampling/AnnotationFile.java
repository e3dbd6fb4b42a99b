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
   * How the annotator column is read.
   *
   * @param forBlankCells the annotator of rows whose cell is empty; null makes an empty cell an error
   * @param option the command-line option that sets {@code forBlankCells}, named in errors; null for none
   * @param filledCellsMustMatch whether a filled cell must name {@code forBlankCells} (one annotator's file)
   */
  public record AnnotatorColumn(String forBlankCells, String option, boolean filledCellsMustMatch) {
    /** Every row names its annotator, or the import's {@code --annotator} names the rows that do not. */
    public static AnnotatorColumn forImport(String annotator) {
      return new AnnotatorColumn(annotator, "--annotator", annotator != null);
    }

    /** A gold file: rows may name any annotator; rows that name none are "gold". */
    public static AnnotatorColumn gold() {
      return new AnnotatorColumn("gold", null, false);
    }
  }

  /**
   * Reads and validates the file.
   *
   * @throws AnnotationFileException listing every invalid row by line
   */
  public static List<Entry> read(Path file, Taxonomy taxonomy, Predicate<IssueId> issueExists, AnnotatorColumn annotator) {
    return read(file, taxonomy, issueExists, annotator, false).entries();
  }

  /** The rows of a sheet that carry labels, and the lines of those that carry none yet. */
  public record Sheet(List<Entry> entries, int unlabelled) {
  }

  /**
   * Reads and validates a sheet as {@code annotate export} wrote it and an annotator filled it
   * in, perhaps only in part: with {@code skipUnlabelled}, a row whose ptm, themes, subthemes and
   * type cells are all blank is not annotated yet and is left out (counted), not an error.
   *
   * @throws AnnotationFileException listing every invalid row by line
   */
  public static Sheet read(Path file, Taxonomy taxonomy, Predicate<IssueId> issueExists, AnnotatorColumn annotator,
      boolean skipUnlabelled) {
    if (!Files.isRegularFile(file)) {
      throw new AnnotationFileException(List.of(file + ": no such file"));
    }
    String text;
    try {
      text = Files.readString(file);
    } catch (IOException e) {
      throw new AnnotationFileException(List.of("cannot read " + file + ": " + e.getMessage()));
    }
    return sheet(text, file.toString(), file.getFileName().toString(), taxonomy, issueExists, annotator, skipUnlabelled);
  }

  /**
   * Validates the text of an annotation CSV (a file's, or the rows the browser sends); {@code origin} names it in a broken-CSV error and
   * {@code name} in row errors.
   *
   * @throws AnnotationFileException listing every invalid row by line
   */
  public static List<Entry> parse(String text, String origin, String name, Taxonomy taxonomy,
      Predicate<IssueId> issueExists, AnnotatorColumn annotator) {
    return sheet(text, origin, name, taxonomy, issueExists, annotator, false).entries();
  }

  private static Sheet sheet(String text, String origin, String name, Taxonomy taxonomy,
      Predicate<IssueId> issueExists, AnnotatorColumn annotator, boolean skipUnlabelled) {
    List<CsvTable.Row> rows;
    try {
      // Spreadsheets leave trailing empty cells out: a short row reads them as empty.
      rows = CsvTable.parse(text, origin, CsvTable.Width.UP_TO_HEADER);
    } catch (IllegalArgumentException e) {
      throw new AnnotationFileException(List.of(e.getMessage()));
    }
    List<CsvTable.Row> labelled = skipUnlabelled ? rows.stream().filter(row -> !unlabelled(row)).toList() : rows;
    return new Sheet(validate(labelled, name, taxonomy, issueExists, annotator), rows.size() - labelled.size());
  }

  private static boolean unlabelled(CsvTable.Row row) {
    return row.get(AnnotationColumns.PTM).isEmpty() && row.get(AnnotationColumns.THEMES).isEmpty()
        && row.get(AnnotationColumns.SUBTHEMES).isEmpty() && row.get(AnnotationColumns.TYPE).isEmpty();
  }

  private static List<Entry> validate(List<CsvTable.Row> rows, String name, Taxonomy taxonomy,
      Predicate<IssueId> issueExists, AnnotatorColumn annotator) {
    List<String> errors = new ArrayList<>();
    List<Entry> entries = new ArrayList<>();
    Map<String, Integer> seen = new HashMap<>();
    for (CsvTable.Row row : rows) {
      String where = name + " line " + row.line() + ": ";
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
      // A blank cell is "not annotated"; codes keep the annotator's order, primary first.
      boolean themesBlank = row.get(AnnotationColumns.THEMES).isEmpty();
      boolean subThemesBlank = row.get(AnnotationColumns.SUBTHEMES).isEmpty();
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
      if (ptm == null && !themes.isEmpty()) {
        // Only a PTM-related issue has a theme, so a theme given with a blank PTM cell answers it:
        // the taxonomy task's sheets and forms leave that cell blank, and an annotator who fills
        // only the themes would otherwise lose them from every theme figure.
        ptm = Boolean.TRUE;
      }
      if (ptm == null && themes.isEmpty() && type.isEmpty()) {
        errors.add(where + "no label given (ptm, themes, subthemes or type)");
      }
      if (errors.size() == before) {
        entries.add(new Entry(new Annotation(id, key.substring(0, key.indexOf('|')), ptm,
            themesBlank && subThemesBlank ? null : List.copyOf(themes), subThemesBlank ? null : subThemes,
            type.isEmpty() ? null : type), (int) row.line(), row.get(AnnotationColumns.NOTE)));
      }
    }
    if (!errors.isEmpty()) {
      throw new AnnotationFileException(shown(errors));
    }
    return entries;
  }

  /** The first problems of a long list and how many more there are: one screen, not thousands of lines. */
  static List<String> shown(List<String> problems) {
    if (problems.size() <= MAX_REPORTED) {
      return problems;
    }
    List<String> shown = new ArrayList<>(problems.subList(0, MAX_REPORTED));
    shown.add("... and " + (problems.size() - MAX_REPORTED) + " more");
    return shown;
  }

  private static String annotatorOf(CsvTable.Row row, AnnotatorColumn rule, String where, List<String> errors) {
    String cell = row.get(AnnotationColumns.ANNOTATOR);
    if (cell.isEmpty() && rule.forBlankCells() == null) {
      errors.add(where + "empty annotator (fill the column" + (rule.option() == null ? "" : " or pass " + rule.option()) + ")");
      return "";
    }
    if (!cell.isEmpty() && rule.filledCellsMustMatch() && !cell.equals(rule.forBlankCells())) {
      errors.add(where + "annotator '" + cell + "' differs from " + (rule.option() == null ? "the annotator "
          : rule.option() + " ") + rule.forBlankCells());
    }
    String name = cell.isEmpty() ? rule.forBlankCells() : cell;
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
