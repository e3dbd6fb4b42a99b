package io.hfmine.analyzers.usage;

import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.signatures.JavaSignatureCatalog;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.nio.file.Path;

/** Extractors over the shipped signatures, with natives unpacked under target/ (never the home directory). */
public final class TestExtractors {
  public static final UsageSettings SETTINGS = new UsageSettings(
      Path.of("target", "tree-sitter-natives").toAbsolutePath().toString(), 1_048_576, 5_000, 2, 60, 3, 200, 50,
      null, null, "auto", 20_971_520, "none", 256);

  private TestExtractors() {
  }

  public static UsageExtractor create(ModelCatalog catalog) {
    return new UsageExtractor(SETTINGS, SignatureCatalog.shipped(), JavaSignatureCatalog.shipped(),
        ModelIdCanonicalizer.shipped(catalog));
  }

  /** An extractor calling tree-sitter through the given binding (jni, foreign or auto). */
  public static UsageExtractor withBinding(String binding) {
    UsageSettings settings = new UsageSettings(SETTINGS.nativeDir(), SETTINGS.maxFileBytes(),
        SETTINGS.parseTimeoutMillis(), SETTINGS.threads(), SETTINGS.snippetMaxLines(), SETTINGS.moduleWindowStatements(),
        SETTINGS.apiSequenceLimit(), SETTINGS.batchFiles(), null, null, binding, SETTINGS.maxNotebookBytes(),
        "none", 256);
    return new UsageExtractor(settings, SignatureCatalog.shipped(), JavaSignatureCatalog.shipped(),
        ModelIdCanonicalizer.shipped(ModelCatalog.NONE));
  }

  public static UsageExtractor create() {
    return create(ModelCatalog.NONE);
  }
}
