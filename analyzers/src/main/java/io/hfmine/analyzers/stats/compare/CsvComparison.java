package io.hfmine.analyzers.stats.compare;

/** Facade of {@code hfmine stats compare}: reads the CSV, picks the groups, runs the comparison. */
public final class CsvComparison {
  private CsvComparison() {
  }

  public static ComparisonResult run(CompareSpec spec) {
    GroupedValues values = GroupedValuesCsv.read(spec.file(), spec.groupColumn(), spec.valueColumn(), spec.skipMissing());
    if (!spec.groups().isEmpty()) {
      values = values.select(spec.groups());
    }
    return GroupComparison.compare(values, spec.settings());
  }
}
