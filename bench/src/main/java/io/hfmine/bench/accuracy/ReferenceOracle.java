package io.hfmine.bench.accuracy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the independent CPython-{@code ast} reference ({@code bench/usage-accuracy/reference.py})
 * over files, when {@code python3} is there: for each file, its calls (line, callee as imported,
 * strings reaching the arguments, the {@code pretrained} flag) and its string constants.
 */
final class ReferenceOracle {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** One call the reference saw. */
  record Call(int line, String callee, List<String> values, String pretrained) {
  }

  /**
   * What the reference saw in one file; {@code parsed} false when CPython could not parse any of
   * it, {@code partial} when it could parse only some of its top-level statements.
   */
  record Analysis(boolean parsed, boolean partial, List<Call> calls, List<String> strings) {
  }

  private ReferenceOracle() {
  }

  /** The analyses by file, or null when python3 cannot be run. */
  static Map<Path, Analysis> analyse(Path script, List<Path> files) throws IOException, InterruptedException {
    Process process;
    try {
      ProcessBuilder builder = new ProcessBuilder("python3", script.toString()).redirectError(ProcessBuilder.Redirect.INHERIT);
      // The reference keeps the first values of a set past its cap (LIMIT): with Python's per-run
      // string hashing those differ from run to run, and so did a usage's confirmation.
      builder.environment().put("PYTHONHASHSEED", "0");
      process = builder.start();
    } catch (IOException noPython) {
      return null;
    }
    CompletableFuture<Void> feeding = CompletableFuture.runAsync(() -> {
      try (Writer in = new java.io.OutputStreamWriter(process.getOutputStream(), StandardCharsets.UTF_8)) {
        for (Path file : files) {
          in.write(file.toString());
          in.write('\n');
        }
      } catch (IOException e) {
        throw new java.io.UncheckedIOException(e);
      }
    });
    Map<Path, Analysis> out = new HashMap<>();
    try (BufferedReader reader = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = reader.readLine()) != null) {
        Map.Entry<Path, Analysis> file = parse(line);
        out.put(file.getKey(), file.getValue());
      }
    }
    feeding.join();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException("the reference " + script + " exited with " + exit);
    }
    return out;
  }

  /** One line of the reference's output: a file and what it saw there. */
  static Map.Entry<Path, Analysis> parse(String line) throws IOException {
    JsonNode node = JSON.readTree(line);
    List<Call> calls = new ArrayList<>();
    for (JsonNode call : node.path("calls")) {
      List<String> values = new ArrayList<>();
      call.path("values").forEach(v -> values.add(v.asText()));
      calls.add(new Call(call.path("line").asInt(), call.path("callee").asText(), values,
          call.path("pretrained").asText("absent")));
    }
    List<String> strings = new ArrayList<>();
    node.path("strings").forEach(v -> strings.add(v.asText()));
    return Map.entry(Path.of(node.path("file").asText()), new Analysis(node.path("parsed").asBoolean(),
        node.path("partial").asBoolean(), calls, strings));
  }
}
