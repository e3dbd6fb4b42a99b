package io.hfmine.spark.output;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.SerializationFeature;
import io.hfmine.spark.CorpusColumns;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;

/**
 * {@code summary.json}: what a corpus scan read and found, written last. Times are ISO-8601
 * instants; {@code extraction_cpu_seconds} is the CPU time of the task threads inside
 * extraction (reading and writing Parquet excluded).
 */
public record JobSummary(
    String hfmineVersion,
    String sparkVersion,
    String input,
    String format,
    CorpusColumns columns,
    String output,
    long catalogIds,
    String isolation,
    String startedAt,
    String finishedAt,
    double wallSeconds,
    double extractionCpuSeconds,
    long files,
    long bytes,
    long usages,
    long filesWithSyntaxErrors,
    Map<String, StatusCount> byStatus,
    Map<String, Long> byLibrary) {

  private static final ObjectMapper JSON = new ObjectMapper()
      .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
      .enable(SerializationFeature.INDENT_OUTPUT)
      .disable(com.fasterxml.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  /** Files and bytes of one status. */
  public record StatusCount(long files, long bytes) {
  }

  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static JobSummary fromJson(byte[] json) throws IOException {
    return JSON.readValue(json, JobSummary.class);
  }

  /** One line for the terminal. */
  public String line() {
    StringBuilder statuses = new StringBuilder();
    byStatus.forEach((status, count) -> statuses.append(statuses.isEmpty() ? "" : ", ")
        .append(String.format("%,d %s", count.files(), status)));
    return String.format("%,d files, %,.1f MB (%s), %,d with syntax errors, %,d usages in %.1f s (%.1f CPU s extracting)",
        files, bytes / 1e6, statuses, filesWithSyntaxErrors, usages, wallSeconds, extractionCpuSeconds);
  }
}
