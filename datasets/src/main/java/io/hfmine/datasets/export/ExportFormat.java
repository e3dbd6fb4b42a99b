package io.hfmine.datasets.export;

/** File formats of a dataset export, each readable by pandas, R and DuckDB without hfmine. */
public enum ExportFormat {
  PARQUET("parquet", "(FORMAT parquet, COMPRESSION zstd)"),
  CSV("csv", "(FORMAT csv, HEADER true)"),
  JSONL("jsonl", "(FORMAT json)");

  private final String extension;
  private final String copyOptions;

  ExportFormat(String extension, String copyOptions) {
    this.extension = extension;
    this.copyOptions = copyOptions;
  }

  public String extension() {
    return extension;
  }

  String copyOptions() {
    return copyOptions;
  }
}
