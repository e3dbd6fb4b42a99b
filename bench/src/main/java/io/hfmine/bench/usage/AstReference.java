package io.hfmine.bench.usage;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.usage.signatures.PythonSignature;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs {@code bench/reference/usage_scan_reference.py}, the CPython-{@code ast} reference, on a
 * list of files with hfmine's signatures, and reads what it reports.
 */
public final class AstReference {
  private static final ObjectMapper JSON = new ObjectMapper();

  private AstReference() {
  }

  /** What the reference reported, and the CPU time the kernel counted for its process. */
  public record Result(String python, long files, long bytes, long parsed, long unparsable, long calls,
      long literalIds, double cpuSeconds, double kernelCpuSeconds, double wallSeconds, long maxRssKb) {

    public double megabytesPerCpuSecond() {
      return bytes / 1e6 / cpuSeconds;
    }
  }

  /** The script, found from the bench's root folder ({@code bench/run} passes it). */
  public static Path script() {
    return Path.of(System.getProperty("hfmine.root", ".")).resolve("bench/reference/usage_scan_reference.py");
  }

  /** Null when no {@code python3} can be run here (the reference is then left out). */
  public static String pythonVersion() {
    try {
      Process process = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      String version = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
      return process.waitFor(30, TimeUnit.SECONDS) && process.exitValue() == 0 ? version : null;
    } catch (IOException e) {
      return null;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return null;
    }
  }

  public static Result run(SignatureCatalog catalog, Path fileList, Path workDir) throws IOException, InterruptedException {
    Path signatures = workDir.resolve("signatures.json");
    ArrayNode entries = JSON.createArrayNode();
    for (PythonSignature signature : catalog.signatures()) {
      ObjectNode entry = entries.addObject();
      entry.put("callee", signature.callee().toString());
      entry.put("position", signature.id().position());
      entry.put("keyword", signature.id().keyword());
      if (signature.require() != null) {
        entry.put("require_position", signature.require().position());
        entry.put("require_prefix", signature.require().prefix());
      }
    }
    JSON.writeValue(signatures.toFile(), entries);
    String python = pythonVersion();
    double childrenBefore = ProcessCpu.endedChildren();
    long start = System.nanoTime();
    Process process = new ProcessBuilder(List.of("python3", script().toString(), signatures.toString(),
        fileList.toString())).redirectError(ProcessBuilder.Redirect.INHERIT).start();
    byte[] output = process.getInputStream().readAllBytes();
    if (process.waitFor() != 0) {
      throw new IOException("the CPython reference failed (exit code " + process.exitValue() + ")");
    }
    double wall = (System.nanoTime() - start) / 1e9;
    double kernelCpu = ProcessCpu.endedChildren() - childrenBefore;
    JsonNode report = JSON.readTree(output);
    return new Result(python, report.get("files").asLong(), report.get("bytes").asLong(), report.get("parsed").asLong(),
        report.get("unparsable").asLong(), report.get("calls").asLong(), report.get("literal_ids").asLong(),
        report.get("cpu_seconds").asDouble(), kernelCpu, wall, report.get("max_rss_kb").asLong());
  }
}
