package io.hfmine.cli.commands.usage;

import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.isolation.IsolatedExtractorFactory;
import io.hfmine.analyzers.usage.scan.CsvUsageWriter;
import io.hfmine.analyzers.usage.scan.JsonlUsageWriter;
import io.hfmine.analyzers.usage.scan.LocalScan;
import io.hfmine.analyzers.usage.scan.ScanReport;
import io.hfmine.analyzers.usage.scan.UsageSink;
import io.hfmine.cli.support.BaseCommand;
import io.hfmine.cli.support.ExitCode;
import io.hfmine.cli.support.Session;
import io.hfmine.cli.support.UsageException;
import io.hfmine.datasets.files.AtomicFile;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code hfmine usage scan PATH...}: model-loading calls in local files and checkouts; no store needed. */
@Command(name = "scan", mixinStandardHelpOptions = true,
    description = "Find model-loading calls in local Python and Java files (no store needed).")
public final class UsageScanCommand extends BaseCommand {
  /** Output formats. */
  enum Format { jsonl, csv }

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Files or directories to scan.")
  List<Path> paths;

  @Option(names = "--format", defaultValue = "jsonl", description = "jsonl or csv (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(names = "--output", paramLabel = "FILE", description = "Write here instead of standard output.")
  Path output;

  @Option(names = "--threads", paramLabel = "N", description = "Parsing threads (default: usage.threads).")
  Integer threads;

  @Option(names = "--isolate", negatable = true,
      description = "Parse in child processes, so a native crash costs one file, recorded `crashed` (default: usage.isolation).")
  Boolean isolate;

  @Override
  protected void validate() {
    for (Path path : paths) {
      if (!Files.exists(path)) {
        throw new UsageException(path + ": no such file or directory");
      }
    }
    if (threads != null && threads < 1) {
      throw new UsageException("--threads must be at least 1, got " + threads);
    }
    if (output != null) {
      Path parent = output.toAbsolutePath().getParent();
      if (Files.isDirectory(output)) {
        throw new UsageException("--output " + output + " is a directory; give the name of the file to write");
      }
      if (!Files.isDirectory(parent)) {
        throw new UsageException("--output " + output + ": " + parent + (Files.exists(parent)
            ? " is not a directory" : " does not exist"));
      }
    }
  }

  @Override
  protected ExitCode execute(Session session) throws IOException {
    UsageSettings settings = session.config().section("usage", UsageSettings.class);
    if (threads != null) {
      settings = settings.withThreads(threads);
    }
    if (isolate != null) {
      settings = settings.withIsolation(isolate);
    }
    LocalScan scan = new LocalScan(settings, settings.inChildProcesses()
        ? new IsolatedExtractorFactory(settings, ModelCatalog.NONE) : new UsageExtractorFactory(settings, ModelCatalog.NONE));
    ScanReport report;
    if (output == null) {
      report = scan(scan, session.out(), session);
    } else {
      // Written whole at the end: a failed scan leaves no half file.
      ScanReport[] written = new ScanReport[1];
      try {
        AtomicFile.at(output).writeText(writer -> written[0] = scan(scan, writer, session));
      } catch (AtomicFile.WriteFailedException e) {
        throw new IOException("cannot write --output " + output + ": " + e.reason(), e);
      }
      report = written[0];
    }
    session.err().println("usage scan: " + report.summary());
    return ExitCode.SUCCESS;
  }

  private ScanReport scan(LocalScan scan, Writer writer, Session session) throws IOException {
    try (UsageSink sink = format == Format.csv ? new CsvUsageWriter(writer) : new JsonlUsageWriter(writer);
         Progress progress = session.progress().start("usage scan")) {
      return scan.run(paths, sink, progress, line -> session.err().println(line));
    }
  }
}
