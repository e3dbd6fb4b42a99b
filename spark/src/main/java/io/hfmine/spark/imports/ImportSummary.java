package io.hfmine.spark.imports;

/** What {@code hfmine usage import} did: Parquet files loaded now or earlier, rows added. */
public record ImportSummary(int filesImported, int filesAlreadyImported, long usagesAdded, long usagesRead,
    long fileRowsAdded, long fileRowsRead) {

  public String line() {
    return String.format("%,d Parquet files imported (%,d already were); %,d of %,d usages and %,d of %,d file rows"
        + " were new to the store", filesImported, filesAlreadyImported, usagesAdded, usagesRead, fileRowsAdded,
        fileRowsRead);
  }
}
