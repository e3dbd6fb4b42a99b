package io.hfmine.analyzers.usage;

import java.util.List;

/** The usages of one file, or why it yielded none. */
public record FileOutcome(FileStatus status, List<UsageRecord> usages, boolean syntaxErrors, String detail) {
  public FileOutcome {
    usages = List.copyOf(usages);
  }

  public static FileOutcome parsed(List<UsageRecord> usages, boolean syntaxErrors) {
    return new FileOutcome(FileStatus.PARSED, usages, syntaxErrors, null);
  }

  public static FileOutcome skipped(FileStatus status, String detail) {
    return new FileOutcome(status, List.of(), false, detail);
  }
}
