package io.hfmine.analyzers.usage;

import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.canonical.ModelIdCanonicalizer;
import io.hfmine.analyzers.usage.signatures.JavaSignatureCatalog;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.nio.file.Path;
import java.util.function.Supplier;

/** Builds per-thread {@link UsageExtractor}s sharing one set of signatures and tables. */
public final class UsageExtractorFactory implements Supplier<UsageExtractor> {
  private final UsageSettings settings;
  private final SignatureCatalog python;
  private final JavaSignatureCatalog java;
  private final ModelIdCanonicalizer canonicalizer;

  public UsageExtractorFactory(UsageSettings settings, ModelCatalog catalog) {
    this.settings = settings;
    this.python = SignatureCatalog.load(pathOrNull(settings.pythonSignatures()));
    this.java = JavaSignatureCatalog.load(pathOrNull(settings.javaSignatures()));
    this.canonicalizer = ModelIdCanonicalizer.shipped(catalog);
  }

  public ModelIdCanonicalizer canonicalizer() {
    return canonicalizer;
  }

  @Override
  public UsageExtractor get() {
    return new UsageExtractor(settings, python, java, canonicalizer);
  }

  private static Path pathOrNull(String text) {
    return text == null || text.isBlank() ? null : Path.of(text);
  }
}
