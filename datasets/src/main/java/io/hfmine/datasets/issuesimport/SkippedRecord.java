package io.hfmine.datasets.issuesimport;

/** A record an import left out under {@link BadRecords#SKIP}: where it is and what is wrong with it. */
public record SkippedRecord(DumpPosition position, String problem) {
  static SkippedRecord of(DumpFormatException e) {
    String message = e.getMessage();
    String prefix = e.position() + ": ";
    return new SkippedRecord(e.position(), message.startsWith(prefix) ? message.substring(prefix.length()) : message);
  }

  @Override
  public String toString() {
    return position + ": " + problem;
  }
}
