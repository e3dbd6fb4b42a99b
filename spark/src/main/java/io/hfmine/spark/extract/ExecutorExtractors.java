package io.hfmine.spark.extract;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.isolation.IsolatedExtractorFactory;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.spark.SparkFiles;

/**
 * The extraction state of one executor JVM, built once and shared by its task threads: the
 * signatures, the canonicaliser over the broadcast catalog (one copy per JVM, read-only) and,
 * per task thread, one extractor with its own tree-sitter parser, reused by every task that
 * thread runs. tree-sitter's native library is loaded by the first parser and stays loaded.
 */
public final class ExecutorExtractors {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Map<String, ExecutorExtractors> BY_JOB = new ConcurrentHashMap<>();

  private final UsageSettings settings;
  private final ModelCatalog catalog;
  private final UsageExtractorFactory factory;
  private final ThreadLocal<UsageExtractor> perThread;
  private IsolatedExtractorFactory isolated;

  private ExecutorExtractors(UsageSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.catalog = catalog;
    this.factory = new UsageExtractorFactory(settings, catalog);
    this.perThread = ThreadLocal.withInitial(factory::get);
  }

  /**
   * This JVM's extractors for a job, built on first use.
   *
   * @param jobKey tells jobs apart within one JVM (the catalog's broadcast id and the settings)
   */
  static ExecutorExtractors of(String jobKey, ExtractionSetup setup, CatalogIds catalogIds) {
    return BY_JOB.computeIfAbsent(jobKey, key -> new ExecutorExtractors(settings(setup), catalogIds.toCatalog()));
  }

  /** This thread's in-process extractor; it lives as long as the thread (executor threads are pooled). */
  UsageExtractor inProcess() {
    return perThread.get();
  }

  /** A new extractor parsing in child JVMs; the caller closes it at the end of its task. */
  synchronized FileExtractor inChildProcesses(ExtractionSetup setup) {
    if (isolated == null) {
      // Writes the catalog once to a file the worker JVMs read.
      isolated = new IsolatedExtractorFactory(settings, catalog, setup.workerJavaOptions());
    }
    return isolated.get();
  }

  /**
   * The driver's settings, made to fit this executor: tree-sitter's natives are unpacked into the
   * application's own scratch directory (a home directory may be missing or read-only on a
   * cluster node, and the scratch directory goes with the application), and signature files
   * shipped with the job are found where Spark put them.
   */
  private static UsageSettings settings(ExtractionSetup setup) {
    try {
      ObjectNode node = (ObjectNode) JSON.readTree(setup.settingsJson());
      node.put("nativeDir", Path.of(SparkFiles.getRootDirectory(), "hfmine-natives").toString());
      for (String field : List.of("pythonSignatures", "javaSignatures")) {
        String value = node.path(field).asText("");
        if (!value.isBlank() && !Files.isRegularFile(Path.of(value))) {
          node.put(field, SparkFiles.get(value));
        }
      }
      return JSON.treeToValue(node, UsageSettings.class);
    } catch (IOException e) {
      throw new UncheckedIOException("usage settings sent by the driver cannot be read: " + e.getMessage(), e);
    }
  }
}
