package io.hfmine.datasets.export;

import java.util.List;

/** One written file of an export: its table, rows, and columns with their types. */
public record ExportedFile(ExportTable table, String fileName, long rows, List<Column> columns) {

  /** A column of an exported file. */
  public record Column(String name, String type) {
  }
}
