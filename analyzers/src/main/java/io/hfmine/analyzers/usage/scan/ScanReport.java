package io.hfmine.analyzers.usage.scan;

import io.hfmine.analyzers.usage.FileStatus;
import java.util.EnumMap;
import java.util.Map;

/** What a scan went through: files by status, files with syntax errors or read in part, usages, bytes. */
public final class ScanReport {
  private final Map<FileStatus, Long> files = new EnumMap<>(FileStatus.class);
  private long syntaxErrorFiles;
  private long partlyReadFiles;
  private long usages;
  private long bytes;
  private long parsedBytes;

  void count(FileStatus status, boolean syntaxErrors, boolean partlyRead, int usagesFound, long fileBytes) {
    files.merge(status, 1L, Long::sum);
    if (syntaxErrors) {
      syntaxErrorFiles++;
    }
    if (partlyRead) {
      partlyReadFiles++;
    }
    usages += usagesFound;
    bytes += fileBytes;
    if (status == FileStatus.PARSED) {
      parsedBytes += fileBytes;
    }
  }

  public long files() {
    return files.values().stream().mapToLong(Long::longValue).sum();
  }

  public long files(FileStatus status) {
    return files.getOrDefault(status, 0L);
  }

  public long syntaxErrorFiles() {
    return syntaxErrorFiles;
  }

  /** Parsed files some of whose id expressions were cut short ({@code FileOutcome#partlyRead}). */
  public long partlyReadFiles() {
    return partlyReadFiles;
  }

  public long usages() {
    return usages;
  }

  public long bytes() {
    return bytes;
  }

  public long parsedBytes() {
    return parsedBytes;
  }

  /** One line for the terminal. */
  public String summary() {
    String crashed = files(FileStatus.CRASHED) == 0 ? "" : ", %,d crashed".formatted(files(FileStatus.CRASHED));
    return "%,d files (%,d parsed, %,d prefiltered, %,d too large, %,d binary, %,d timed out, %,d failed%s),"
        .formatted(files(), files(FileStatus.PARSED), files(FileStatus.PREFILTERED), files(FileStatus.TOO_LARGE),
            files(FileStatus.BINARY), files(FileStatus.TIMED_OUT), files(FileStatus.FAILED), crashed)
        + " %,d with syntax errors,%s %,d usages".formatted(syntaxErrorFiles,
            partlyReadFiles == 0 ? "" : " %,d with id expressions cut short,".formatted(partlyReadFiles), usages);
  }
}
