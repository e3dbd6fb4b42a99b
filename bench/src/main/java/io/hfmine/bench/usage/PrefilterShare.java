package io.hfmine.bench.usage;

import io.hfmine.analyzers.usage.SourceFile;
import io.hfmine.analyzers.usage.UsageExtractor;
import io.hfmine.analyzers.usage.UsageExtractorFactory;
import io.hfmine.analyzers.usage.UsageSettings;
import io.hfmine.analyzers.usage.canonical.HubUrls;
import io.hfmine.analyzers.usage.canonical.ModelCatalog;
import io.hfmine.analyzers.usage.prefilter.KeywordAutomaton;
import io.hfmine.analyzers.usage.python.LocalModules;
import io.hfmine.analyzers.usage.signatures.SignatureCatalog;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * How many files of a corpus the prefilter lets through to the parser, and why the others stay
 * out: no signature keyword at all (a downloader's only beside a Hub host), or a keyword without
 * an import of its library.
 */
public record PrefilterShare(List<Path> passed, long passedBytes, int withKeyword, long withKeywordBytes) {

  public static PrefilterShare of(RealCorpus corpus, UsageSettings settings) throws IOException {
    SignatureCatalog catalog = SignatureCatalog.load(
        settings.pythonSignatures() == null || settings.pythonSignatures().isBlank() ? null
            : Path.of(settings.pythonSignatures()));
    KeywordAutomaton keywords = new KeywordAutomaton(catalog.prefilterWords());
    // A downloader's name (requests' `get`) is in nearly every file; it counts only beside a Hub host.
    KeywordAutomaton downloaders = catalog.downloaderWords().isEmpty() ? null
        : new KeywordAutomaton(catalog.downloaderWords());
    KeywordAutomaton hosts = new KeywordAutomaton(HubUrls.HOSTS);
    List<Path> passed = new ArrayList<>();
    long passedBytes = 0;
    int withKeyword = 0;
    long withKeywordBytes = 0;
    try (UsageExtractor checks = new UsageExtractorFactory(settings, ModelCatalog.NONE).get()) {
      // As `usage scan` of the corpus folder: a star import may reach a project module's imports.
      checks.followLocalStarImports(new LocalModules(List.of(corpus.root()), settings.maxFileBytes()));
      for (Path file : corpus.files()) {
        byte[] content = Files.readAllBytes(file);
        if (keywords.containsAny(content)
            || downloaders != null && downloaders.containsAny(content) && hosts.containsAny(content)) {
          withKeyword++;
          withKeywordBytes += content.length;
        }
        if (checks.decideWithoutParsing(new SourceFile(null, file.toString(), null, content)) == null) {
          passed.add(file);
          passedBytes += content.length;
        }
      }
    }
    return new PrefilterShare(passed, passedBytes, withKeyword, withKeywordBytes);
  }
}
