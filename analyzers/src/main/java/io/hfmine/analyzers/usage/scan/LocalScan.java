package io.hfmine.analyzers.usage.scan;

import io.hfmine.analyzers.usage.ExtractionPool;
import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.FileOutcome;
import io.hfmine.analyzers.usage.FileStatus;
import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageRecord;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.python.LocalModules;
import io.hfmine.datasets.progress.Progress;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * {@code hfmine usage scan}: extracts usages from local files and checkouts, streaming.
 *
 * <p>Directories are walked lazily and files are read on the worker threads, a few at a time,
 * so a scan of any size runs in constant memory. Hidden directories (.git, .venv) and
 * dependency folders are skipped: they hold libraries, not the project's own code. Each usage
 * carries its file's git blob sha, so local results join with code-search hits. Star imports of the
 * project's own modules are followed inside the directories given ({@link LocalModules}).
 */
public final class LocalScan {
  private final UsageSettings settings;
  private final Supplier<? extends FileExtractor> extractors;

  public LocalScan(UsageSettings settings, Supplier<? extends FileExtractor> extractors) {
    this.settings = settings;
    this.extractors = extractors;
  }

  /**
   * Scans the paths (files or directories) and writes every usage to the sink in path order.
   *
   * @param notes told, one line each, about each file that was not parsed for a reason worth
   *     knowing ({@code skipped PATH: too-large (...)}: too large, binary, timed out, failed) and
   *     each parsed file read only in part ({@code read in part PATH: ...})
   */
  public ScanReport run(List<Path> paths, UsageSink sink, Progress progress, Consumer<String> notes) {
    ScanReport report = new ScanReport();
    progress.total(-1);
    LocalModules modules = new LocalModules(paths.stream().filter(Files::isDirectory).toList(), settings.maxFileBytes());
    Supplier<FileExtractor> following = () -> {
      FileExtractor extractor = extractors.get();
      extractor.followLocalStarImports(modules);
      return extractor;
    };
    try (ExtractionPool pool = new ExtractionPool(settings.threads(), following, extracted -> {
      var outcome = extracted.outcome();
      report.count(outcome.status(), outcome.syntaxErrors(), outcome.partlyRead(), outcome.usages().size(),
          extracted.bytes());
      if (outcome.status() != FileStatus.PARSED && outcome.status() != FileStatus.PREFILTERED
          && outcome.status() != FileStatus.UNSUPPORTED) {
        notes.accept("skipped " + extracted.path() + ": " + outcome.status().sql()
            + (outcome.detail() == null ? "" : " (" + outcome.detail() + ")"));
      } else if (outcome.partlyRead()) {
        notes.accept("read in part " + extracted.path() + ": " + outcome.detail());
      }
      try {
        for (UsageRecord usage : outcome.usages()) {
          sink.write(usage);
        }
      } catch (IOException e) {
        throw new UncheckedIOException("cannot write usages: " + e.getMessage(), e);
      }
      progress.step();
    })) {
      for (Path path : paths) {
        walk(path, pool);
      }
      pool.drain();
    }
    return report;
  }

  private void walk(Path root, ExtractionPool pool) {
    ScanTree.forEachFile(root, new ScanTree.Visitor() {
      @Override
      public void file(Path file, long size) {
        pool.submit(loader(file, size));
      }

      @Override
      public void unreadable(Path path, IOException error) {
        pool.submit(failing(path, error));
      }
    });
  }

  private ExtractionPool.FileLoader loader(Path file, long size) {
    long cap = settings.maxBytesFor(file.toString());
    return new ExtractionPool.FileLoader() {
      @Override public String repository() { return null; }
      @Override public String path() { return file.toString(); }
      @Override public String blobSha() { return null; }

      @Override
      public SourceFile load() throws IOException {
        return new SourceFile(null, file.toString(), null, Files.readAllBytes(file));
      }

      /** Hashed only when a usage asks for its sha: most parsed files have none. */
      @Override
      public SourceFile beforeParse(SourceFile loaded) {
        return SourceFile.hashedOnDemand(null, loaded.path(), loaded.content());
      }

      @Override
      public ExtractionPool.Extracted decidedWithoutReading() {
        // Over the cap: never read at all.
        return size <= cap ? null : new ExtractionPool.Extracted(null, file.toString(), null, size,
            FileOutcome.skipped(FileStatus.TOO_LARGE,
            size + " bytes, over " + UsageSettings.capKeyFor(file.toString()) + " " + cap));
      }
    };
  }

  private static ExtractionPool.FileLoader failing(Path file, IOException error) {
    return new ExtractionPool.FileLoader() {
      @Override public String repository() { return null; }
      @Override public String path() { return file.toString(); }
      @Override public String blobSha() { return null; }
      @Override public SourceFile load() throws IOException { throw error; }
    };
  }

}
