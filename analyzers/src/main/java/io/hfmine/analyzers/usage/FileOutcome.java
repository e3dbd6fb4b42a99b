package io.hfmine.analyzers.usage;

import java.util.List;

/** The usages of one file, or why it yielded none. */
public record FileOutcome(FileStatus status, List<UsageRecord> usages, boolean syntaxErrors, String detail) {
  public FileOutcome {
    usages = List.copyOf(usages);
  }

  public static FileOutcome parsed(List<UsageRecord> usages, boolean syntaxErrors) {
    return parsed(usages, syntaxErrors, null);
  }

  /** @param detail what of a parsed file was read only in part (ids left unknown), or null */
  public static FileOutcome parsed(List<UsageRecord> usages, boolean syntaxErrors, String detail) {
    return new FileOutcome(FileStatus.PARSED, usages, syntaxErrors, detail);
  }

  /** Whether the file was parsed but some of it read only in part ({@link #detail} says what). */
  public boolean partlyRead() {
    return status == FileStatus.PARSED && detail != null;
  }

  public static FileOutcome skipped(FileStatus status, String detail) {
    return new FileOutcome(status, List.of(), false, detail);
  }
}
