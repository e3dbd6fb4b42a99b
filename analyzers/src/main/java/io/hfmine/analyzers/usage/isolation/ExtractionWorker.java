package io.hfmine.analyzers.usage.isolation;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.FileDescriptor;
import java.io.FileInputStream;
import java.io.FileOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;

/**
 * The child process of process isolation: parses the files its parent sends, one at a time, so
 * that a native crash on one file ends this process and not the run.
 *
 * <p>Args: the usage settings as JSON, and the catalog's index file ({@link CatalogIndex}) or {@code -}.
 * stdout carries only protocol frames; anything printed goes to stderr.
 */
public final class ExtractionWorker {
  /**
   * Fault injection for tests of isolation: when set, a file whose bytes contain this text makes
   * the worker stop dead, as a native crash would.
   */
  public static final String CRASH_MARKER_PROPERTY = "hfmine.usage.crash-marker";

  private ExtractionWorker() {
  }

  public static void main(String[] args) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new FileOutputStream(FileDescriptor.out)));
    System.setOut(new PrintStream(new FileOutputStream(FileDescriptor.err), true, StandardCharsets.UTF_8));
    if (args.length != 2) {
      System.err.println("usage: ExtractionWorker SETTINGS_JSON CATALOG_INDEX|-");
      System.exit(2);
    }
    UsageSettings settings = new ObjectMapper().readValue(args[0], UsageSettings.class);
    ModelCatalog catalog = args[1].equals("-") ? ModelCatalog.NONE : CatalogIndex.open(Path.of(args[1]));
    String marker = System.getProperty(CRASH_MARKER_PROPERTY);
    byte[] crashOn = marker == null || marker.isEmpty() ? null : marker.getBytes(StandardCharsets.UTF_8);
    DataInputStream in = new DataInputStream(new BufferedInputStream(new FileInputStream(FileDescriptor.in)));
    try (UsageExtractor extractor = new UsageExtractorFactory(settings, catalog).get()) {
      for (SourceFile file = WorkerProtocol.readFile(in); file != null; file = WorkerProtocol.readFile(in)) {
        if (crashOn != null && contains(file.content(), crashOn)) {
          Runtime.getRuntime().halt(134);
        }
        FileOutcome outcome = extractor.parse(file);
        WorkerProtocol.writeOutcome(out, outcome);
      }
    }
  }

  private static boolean contains(byte[] text, byte[] needle) {
    outer:
    for (int i = 0; i + needle.length <= text.length; i++) {
      for (int j = 0; j < needle.length; j++) {
        if (text[i + j] != needle[j]) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }
}
