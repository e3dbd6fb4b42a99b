package io.hfmine.datasets.issuesimport;

/** A record an import left out under {@link BadRecords#SKIP}: where it is and what is wrong with it. */
public record SkippedRecord(DumpPosition position, String problem) {
  static SkippedRecord of(DumpFormatException e) {
    return new SkippedRecord(e.position(), e.problem());
  }

  @Override
  public String toString() {
    return position + ": " + problem;
  }
}
