package io.hfmine.analyzers.usage.extract;

import io.hfmine.analyzers.usage.verify.Verdict;
import java.util.EnumMap;
import java.util.Map;
import java.util.TreeMap;

/** What a {@code usage extract} run did: files by status, usages written, hit verdicts. */
public final class ExtractionSummary {
  private final Map<String, Long> files = new TreeMap<>();
  private final Map<Verdict, Long> verdicts = new EnumMap<>(Verdict.class);
  private long syntaxErrorFiles;
  private long partlyReadFiles;
  private long usages;

  void countFile(String status, boolean syntaxErrors, boolean partlyRead, int usagesFound) {
    files.merge(status, 1L, Long::sum);
    if (syntaxErrors) {
      syntaxErrorFiles++;
    }
    if (partlyRead) {
      partlyReadFiles++;
    }
    usages += usagesFound;
  }

  void countVerdict(Verdict verdict) {
    verdicts.merge(verdict, 1L, Long::sum);
  }

  public long files() {
    return files.values().stream().mapToLong(Long::longValue).sum();
  }

  public long files(String status) {
    return files.getOrDefault(status, 0L);
  }

  public long syntaxErrorFiles() {
    return syntaxErrorFiles;
  }

  public long usages() {
    return usages;
  }

  public long verdicts(Verdict verdict) {
    return verdicts.getOrDefault(verdict, 0L);
  }

  /** Lines for the terminal. */
  public String summary() {
    StringBuilder out = new StringBuilder();
    out.append("files extracted this run: %,d".formatted(files()));
    files.forEach((status, count) -> out.append(", %s %,d".formatted(status, count)));
    out.append("; %,d with syntax errors;".formatted(syntaxErrorFiles));
    if (partlyReadFiles > 0) {
      // Their usage_files rows say how many id expressions were cut short.
      out.append(" %,d with id expressions cut short;".formatted(partlyReadFiles));
    }
    out.append(" %,d usages%n".formatted(usages));
    out.append("code-search hits: ");
    boolean first = true;
    for (Verdict verdict : Verdict.values()) {
      out.append(first ? "" : ", ").append("%s %,d".formatted(verdict.sql(), verdicts(verdict)));
      first = false;
    }
    return out.toString();
  }
}
