package io.hfmine.analyzers.usage.isolation;

import io.hfmine.analyzers.usage.FileExtractor;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;

/**
 * Builds per-thread {@link IsolatedExtractor}s. The catalog reaches the workers as an index file
 * written once ({@link CatalogIndex}), which they search in place instead of loading.
 */
public final class IsolatedExtractorFactory implements Supplier<FileExtractor> {
  private final UsageSettings settings;
  private final UsageExtractorFactory checks;
  private final List<String> extraJvmArguments;
  private final Path catalogFile;

  public IsolatedExtractorFactory(UsageSettings settings, ModelCatalog catalog) {
    this(settings, catalog, List.of());
  }

  /** @param extraJvmArguments more flags for the worker JVMs (tests inject faults this way) */
  public IsolatedExtractorFactory(UsageSettings settings, ModelCatalog catalog, List<String> extraJvmArguments) {
    this.settings = settings;
    this.checks = new UsageExtractorFactory(settings, catalog);
    this.extraJvmArguments = List.copyOf(extraJvmArguments);
    this.catalogFile = catalog.isPresent() ? write(catalog) : null;
  }

  @Override
  public FileExtractor get() {
    // A worker answers in its parse time-out plus its start-up and warm-up; past twice that plus
    // half a minute it is stuck in native code that no time-out reaches.
    long timeout = 2 * settings.parseTimeoutMillis() + 30_000;
    return new IsolatedExtractor(checks.get(), WorkerCommand.of(settings, catalogFile, extraJvmArguments), timeout);
  }

  private static Path write(ModelCatalog catalog) {
    try {
      Path file = Files.createTempFile("hfmine-catalog", ".index");
      file.toFile().deleteOnExit();
      CatalogIndex.write(catalog, file);
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException("cannot write the model catalog for extraction workers: " + e.getMessage(), e);
    }
  }
}
