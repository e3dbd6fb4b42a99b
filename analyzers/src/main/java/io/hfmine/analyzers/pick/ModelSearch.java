package io.hfmine.analyzers.pick;

import io.hfmine.analyzers.pick.extract.MetadataExtractor;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.index.EmbeddedText;
import io.hfmine.analyzers.pick.index.IndexBuilder;
import io.hfmine.analyzers.pick.index.IndexManifest;
import io.hfmine.analyzers.pick.index.PickIndex;
import io.hfmine.analyzers.pick.license.LicenseTable;
import io.hfmine.analyzers.pick.llm.LlmAttributeFiller;
import io.hfmine.analyzers.pick.rank.PickResult;
import io.hfmine.analyzers.pick.rank.Picker;
import io.hfmine.analyzers.pick.request.PickRequest;
import io.hfmine.analyzers.pick.request.RequestReader;
import io.hfmine.analyzers.pick.store.PickAttributeTable;
import io.hfmine.analyzers.pick.store.StoreExtraction;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.analyzers.pick.template.TemplateException;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.cache.StoreEmbeddingCache;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.util.Optional;

/**
 * Model search over a study's store: extraction of every model's attributes into the store, the
 * search index in the work directory (rebuilt when the catalog, the extraction or the settings
 * changed), and answers to requests. The one facade the {@code pick} commands call.
 */
public final class ModelSearch implements AutoCloseable {
  /** Raise when extraction or index code changes what it produces, so stored results are redone. */
  private static final String VERSION = "pick-1";

  private final Store store;
  private final Path indexDir;
  private final PickSettings settings;
  private final CardFrontMatter parser;
  private final SentenceEmbedder embedder;
  private final Template template;
  private final LicenseTable licenses;
  private final MetadataExtractor extractor;
  private final String extractionHash;
  private PickIndex index;

  public ModelSearch(Store store, Path workDir, PickSettings settings, CardFrontMatter parser, SentenceEmbedder embedder) {
    this.store = store;
    this.settings = settings.validated();
    this.indexDir = workDir.resolve(settings.indexDir());
    this.parser = parser;
    this.embedder = embedder;
    this.template = Template.load(settings.template());
    this.settings.checkedAgainst(template);
    this.licenses = LicenseTable.load(settings.licenses());
    this.extractor = new MetadataExtractor(template, settings.extraction().rules());
    this.extractionHash = Hashes.sha256(VERSION + "\n" + PickFiles.text(settings.template(),
        message -> new TemplateException("template " + message)) + "\n" + settings.extraction().rules());
  }

  public Template template() {
    return template;
  }

  public LicenseTable licenses() {
    return licenses;
  }

  public PickSettings settings() {
    return settings;
  }

  public MetadataExtractor extractor() {
    return extractor;
  }

  /** Reads requests in this template, with these licences and constraint settings. */
  public RequestReader requests() {
    return new RequestReader(template, licenses, settings.constraints());
  }

  /** Extracts what changed since the last extraction (everything with {@code again}); {@code filler} may be null. */
  public StoreExtraction.Report extract(boolean again, LlmAttributeFiller filler, Progress progress) {
    return new StoreExtraction(store, extractor, parser, extractionHash, filler, Clock.systemUTC()).run(again, progress);
  }

  /** What {@link #ensureIndex} did. */
  public record IndexStatus(boolean built, StoreExtraction.Report extraction, IndexBuilder.Built build,
      IndexManifest manifest) {
  }

  /**
   * Makes the index current: when the catalog, the extraction or the settings changed since it was
   * built (or {@code rebuild}), extracts what changed and builds it again; then opens it.
   */
  public IndexStatus ensureIndex(boolean rebuild, Progress.Factory progress) {
    Optional<IndexManifest> manifest = IndexManifest.read(indexDir);
    if (!rebuild && manifest.isPresent() && manifest.get().fingerprint().equals(fingerprint())) {
      open();
      return new IndexStatus(false, null, null, manifest.get());
    }
    StoreExtraction.Report report;
    try (Progress extraction = progress.start("pick extract")) {
      report = extract(false, null, extraction);
    }
    String fingerprint = fingerprint();
    closeIndex();
    embedder.load();
    IndexBuilder.Built built;
    try (Progress indexing = progress.start("pick index")) {
      indexing.total(report.models());
      built = new IndexBuilder(template, new EmbeddedText(settings.embedding().attributes(),
          settings.embedding().maxChars()), embedder, new StoreEmbeddingCache(store))
          .build(indexDir, sink -> PickAttributeTable.forEach(store, template.names(), sink), fingerprint, indexing);
    }
    open();
    return new IndexStatus(true, report, built, built.manifest());
  }

  /** Answers a request from the current index. */
  public PickResult pick(PickRequest request, int top, boolean explain) {
    if (index == null) {
      ensureIndex(false, Progress.Factory.NONE);
    }
    return new Picker(index, embedder, template, settings).pick(request, top, explain);
  }

  /** What these models' attributes are extracted from: record, card header and body. */
  public java.util.List<io.hfmine.analyzers.pick.extract.ModelSource> sources(java.util.List<String> ids) {
    return new StoreExtraction(store, extractor, parser, extractionHash, null, Clock.systemUTC()).sources(ids);
  }

  /** Every extracted model, attributes in template order. */
  public void forEachModel(java.util.function.Consumer<ModelMetadata> sink) {
    PickAttributeTable.forEach(store, template.names(), sink);
  }

  /** A model's extracted attributes, if it was extracted. */
  public Optional<ModelMetadata> attributes(String modelId) {
    return PickAttributeTable.of(store, modelId, template.names());
  }

  /** The open index (after {@link #ensureIndex}). */
  public PickIndex index() {
    if (index == null) {
      throw new IllegalStateException("the search index is not open; call ensureIndex first");
    }
    return index;
  }

  // What the index depends on: the catalog and cards (counts and last fetch), the extraction, the settings.
  private String fingerprint() {
    String stamp = store.read(connection -> {
      try (PreparedStatement query = connection.prepareStatement("""
          SELECT (SELECT count(*) || '@' || coalesce(CAST(max(fetched_at) AS VARCHAR), '') FROM models),
                 (SELECT count(*) || '@' || coalesce(CAST(max(fetched_at) AS VARCHAR), '') FROM model_cards),
                 (SELECT count(*) || '@' || coalesce(CAST(max(extracted_at) AS VARCHAR), '') FROM pick_models)""");
           ResultSet rows = query.executeQuery()) {
        rows.next();
        return rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3);
      }
    });
    return Hashes.sha256(extractionHash + "\n" + stamp + "\n" + settings.embedding() + "\n" + EmbeddedText.RECIPE + "\n"
        + embedder.name() + "\n" + IndexManifest.FORMAT);
  }

  private void open() {
    if (index == null) {
      index = PickIndex.open(indexDir);
    }
  }

  private void closeIndex() {
    if (index != null) {
      index.close();
      index = null;
    }
  }

  @Override
  public void close() {
    closeIndex();
  }
}
