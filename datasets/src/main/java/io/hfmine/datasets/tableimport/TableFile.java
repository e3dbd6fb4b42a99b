package io.hfmine.datasets.tableimport;

import io.hfmine.datasets.export.ExportFormat;
import io.hfmine.datasets.export.ExportTable;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/**
 * A file of an hfmine export: {@code TABLE.parquet}, {@code TABLE.csv} or {@code TABLE.jsonl},
 * named as the store table it holds (the export's convention).
 */
public record TableFile(Path path, String table, ExportFormat format) {

  /** The table file {@code path} is, when its name is an exported table's with a known extension. */
  public static Optional<TableFile> recognise(Path path) {
    String name = path.getFileName().toString();
    int dot = name.lastIndexOf('.');
    if (dot <= 0) {
      return Optional.empty();
    }
    String stem = name.substring(0, dot);
    String extension = name.substring(dot + 1).toLowerCase(Locale.ROOT);
    for (ExportFormat format : ExportFormat.values()) {
      if (format.extension().equals(extension)) {
        return ExportTable.ALL.stream().filter(t -> t.name().equals(stem)).findFirst()
            .map(t -> new TableFile(path, t.table(), format));
      }
    }
    return Optional.empty();
  }

  /** {@code path} as the file of {@code table}, whatever its name, when its extension is known. */
  public static TableFile asTable(Path path, String table) {
    String name = path.getFileName().toString().toLowerCase(Locale.ROOT);
    for (ExportFormat format : ExportFormat.values()) {
      if (name.endsWith("." + format.extension())) {
        return new TableFile(path, table, format);
      }
    }
    throw new BadTableFileException(path + ": unknown format; use .parquet, .csv or .jsonl");
  }

  /** {@code path} as an exported table's file, or an error saying what its name should be. */
  public static TableFile of(Path path) {
    return recognise(path).orElseThrow(() -> new BadTableFileException(path
        + ": not a file of an hfmine export (TABLE.parquet, TABLE.csv or TABLE.jsonl, TABLE one of the exported tables)"));
  }
}
