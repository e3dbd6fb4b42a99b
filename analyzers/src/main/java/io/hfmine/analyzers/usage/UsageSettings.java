package io.hfmine.analyzers.usage;

import java.nio.file.Path;
import java.util.List;

/**
 * The {@code usage} section of the configuration (see {@code config/hfmine.yaml} for what each
 * key means and why it has its default).
 */
public record UsageSettings(
    String nativeDir,
    long maxFileBytes,
    long parseTimeoutMillis,
    int threads,
    int snippetMaxLines,
    int moduleWindowStatements,
    int apiSequenceLimit,
    int batchFiles,
    String pythonSignatures,
    String javaSignatures,
    String treeSitterBinding,
    long maxNotebookBytes,
    String isolation,
    int isolationHeapMegabytes) {

  public UsageSettings {
    if (treeSitterBinding == null || treeSitterBinding.isBlank()) {
      treeSitterBinding = "auto";
    }
    if (!List.of("auto", "foreign", "jni").contains(treeSitterBinding)) {
      throw new IllegalArgumentException(
          "usage.tree-sitter-binding must be auto, foreign or jni, not '" + treeSitterBinding + "'");
    }
    if (isolation == null || isolation.isBlank()) {
      isolation = "none";
    }
    if (!isolation.equals("none") && !isolation.equals("process")) {
      throw new IllegalArgumentException("usage.isolation must be none or process, not '" + isolation + "'");
    }
    if (maxFileBytes <= 0 || maxNotebookBytes <= 0 || isolationHeapMegabytes <= 0 || parseTimeoutMillis <= 0 || threads <= 0 || snippetMaxLines <= 0
        || moduleWindowStatements < 0 || apiSequenceLimit <= 0 || batchFiles <= 0) {
      throw new IllegalArgumentException("usage settings must be positive (max-file-bytes, max-notebook-bytes, isolation-heap-megabytes, parse-timeout-millis,"
          + " threads, snippet-max-lines, api-sequence-limit, batch-files) or >= 0 (module-window-statements)");
    }
  }

  /** The defaults that {@code config/hfmine.yaml} ships, for library use without a configuration. */
  public static UsageSettings defaults() {
    return new UsageSettings("~/.cache/hfmine/natives", 1_048_576, 5_000, 2, 60, 3, 200, 200, null, null, "auto", 20_971_520, "none", 512);
  }

  public UsageSettings withThreads(int count) {
    return new UsageSettings(nativeDir, maxFileBytes, parseTimeoutMillis, count, snippetMaxLines,
        moduleWindowStatements, apiSequenceLimit, batchFiles, pythonSignatures, javaSignatures, treeSitterBinding,
        maxNotebookBytes, isolation, isolationHeapMegabytes);
  }

  /** With {@code usage.isolation} set to {@code process} (true) or {@code none} (false). */
  public UsageSettings withIsolation(boolean processes) {
    return new UsageSettings(nativeDir, maxFileBytes, parseTimeoutMillis, threads, snippetMaxLines,
        moduleWindowStatements, apiSequenceLimit, batchFiles, pythonSignatures, javaSignatures, treeSitterBinding,
        maxNotebookBytes, processes ? "process" : "none", isolationHeapMegabytes);
  }

  /** Whether files are parsed in child processes (see {@code usage.isolation}). */
  public boolean inChildProcesses() {
    return isolation.equals("process");
  }

  /** The size cap of a file: notebooks carry their outputs (plots as base64), so theirs is larger. */
  public long maxBytesFor(String path) {
    return "notebook".equals(SourceFile.languageOf(path)) ? maxNotebookBytes : maxFileBytes;
  }

  /** The setting {@link #maxBytesFor} applies to a path, for messages. */
  public static String capKeyFor(String path) {
    return "notebook".equals(SourceFile.languageOf(path))
        ? "usage.max-notebook-bytes" : "usage.max-file-bytes";
  }

  /** The native-library directory with {@code ~} expanded. */
  public Path nativeDirectory() {
    String dir = nativeDir == null || nativeDir.isBlank() ? "~/.cache/hfmine/natives" : nativeDir;
    if (dir.startsWith("~")) {
      return Path.of(System.getProperty("user.home") + dir.substring(1));
    }
    return Path.of(dir);
  }
}
