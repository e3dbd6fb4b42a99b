package io.hfmine.bench.usage;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The ahead-of-time class cache the launcher gives usage commands on JDK 25 and later
 * ({@code scripts/usage-java-opts.sh}), made the same way for the benchmark's own command line:
 * a cache belongs to one class path, and the scans here run on the benchmark's. Made once,
 * before the measured runs, by scanning the fixture corpus, as the launcher makes it once per
 * build; what making it cost is reported apart from the runs.
 */
public final class ClassCache {
  /** The flags that start a JVM from the cache; none when there is no cache. */
  private final List<String> flags;
  private final String description;

  private ClassCache(List<String> flags, String description) {
    this.flags = flags;
    this.description = description;
  }

  /** No cache: the scans start as on a JDK older than 25, or with the cache turned off. */
  public static ClassCache none(String why) {
    return new ClassCache(List.of(), "no class cache (" + why + ")");
  }

  /**
   * Makes the cache in {@code workDir} by scanning {@code trainingCorpus}; none, saying why, on a
   * JDK older than 25 or when the corpus is not there.
   */
  public static ClassCache make(Path workDir, Path trainingCorpus) throws IOException, InterruptedException {
    if (Runtime.version().feature() < 25) {
      return none("JDK " + Runtime.version().feature() + "; the launcher makes one from JDK 25 on");
    }
    if (!Files.isDirectory(trainingCorpus)) {
      return none("no fixture corpus at " + trainingCorpus);
    }
    Path configuration = workDir.resolve("usage.aotconf");
    Path cache = workDir.resolve("usage.aot");
    Path log = workDir.resolve("class-cache.log");
    double before = ProcessCpu.endedChildren();
    long start = System.nanoTime();
    List<String> record = new ArrayList<>(ScanProcess.jvm(List.of("-XX:AOTMode=record",
        "-XX:AOTConfiguration=" + configuration, "-Dhfmine.bench.result=" + workDir.resolve("training-result.json"))));
    record.addAll(List.of("usage", "scan", "--quiet", "--threads", "2", "--output",
        workDir.resolve("training-usages.jsonl").toString(), trainingCorpus.toString()));
    run(record, log);
    List<String> create = ScanProcess.jvm(List.of("-XX:AOTMode=create", "-XX:AOTConfiguration=" + configuration,
        "-XX:AOTCache=" + cache));
    run(create, log);
    if (!Files.isRegularFile(cache)) {
      throw new IOException("the JVM made no class cache; see " + log);
    }
    double cpu = ProcessCpu.endedChildren() - before;
    return new ClassCache(List.of("-XX:AOTCache=" + cache, "-Xlog:aot=off", "-Xlog:cds=off"),
        String.format("class cache (JDK 25+, as the launcher keeps one per build): made once from the fixture corpus"
            + " in %.1f CPU-s (wall %.1f s), not counted in the runs", Double.isNaN(cpu) ? 0 : cpu,
            (System.nanoTime() - start) / 1e9));
  }

  private static void run(List<String> command, Path log) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
    int exit = process.waitFor();
    if (exit != 0) {
      throw new IOException("making the class cache failed (exit code " + exit + "): "
          + String.join("\n", Files.readAllLines(log)));
    }
  }

  /** The flags to add to a scan's JVM. */
  public List<String> flags() {
    return flags;
  }

  /** One line for the benchmark's report. */
  public String description() {
    return description;
  }
}
