package io.hfmine.analyzers.pick.index;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.pick.constraint.ModelFacts;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.template.AttributeSpec;
import io.hfmine.analyzers.pick.template.Template;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.cache.CachingEmbedder;
import io.hfmine.analyzers.text.embedding.cache.EmbeddingCache;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Consumer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Builds the search index of a catalog: one Lucene document per model (a BM25 text field per
 * matched attribute, a catch-all field, the facts constraints read) and the model's embedding,
 * quantised to bytes, at the same ordinal.
 *
 * <p>Models stream through in chunks: each chunk's embedded texts are looked up in the cache and
 * only the missing ones are embedded, so memory stays flat and a rebuild after a small sync embeds
 * little. The index is written beside the target and moved into place at the end: a failed build
 * leaves the previous index untouched.
 */
public final class IndexBuilder {
  static final String LUCENE = "lucene";
  static final String VECTORS = "vectors.i8";
  private static final ObjectMapper JSON = new ObjectMapper();
  /**
   * Models per chunk. Looking a chunk's texts up in the cache scans the cached vectors once,
   * whatever the chunk's size, so chunks are large; a chunk's models and vectors take a few MB.
   */
  private static final int CHUNK = 4096;
  /** Special attributes shown in answers besides the matched ones. */
  static final List<String> SHOWN_SPECIAL = List.of("license", "parameters", "weights-size", "languages", "library",
      "access", "downloads", "input-format", "output-format", "likes");

  private final List<AttributeSpec> matched;
  private final EmbeddedText embeddedText;
  private final CachingEmbedder embedder;

  public IndexBuilder(Template template, EmbeddedText embeddedText, SentenceEmbedder embedder, EmbeddingCache cache) {
    this.matched = template.matchedAttributes();
    this.embeddedText = embeddedText;
    this.embedder = CachingEmbedder.of(embedder, cache);
  }

  /** What a build did. */
  public record Built(IndexManifest manifest, int embedded, int cached) {
  }

  /** A catalog to index, handed model by model. */
  @FunctionalInterface
  public interface Catalog {
    void forEach(Consumer<ModelMetadata> sink);
  }

  /** Builds the index of {@code catalog} into {@code target}, replacing what is there. */
  public Built build(Path target, Catalog catalog, String fingerprint, Progress progress) {
    SearchAnalyzer.analyzer();
    Path staging = target.resolveSibling(target.getFileName() + ".building");
    try {
      DirectoryTree.delete(staging);
      Files.createDirectories(staging);
      int[] counts = new int[3];
      try (ExecutorService embedding = Executors.newSingleThreadExecutor();
           Directory directory = FSDirectory.open(staging.resolve(LUCENE));
           IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig(SearchAnalyzer.analyzer())
               .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64));
           OutputStream vectors = new BufferedOutputStream(Files.newOutputStream(staging.resolve(VECTORS)))) {
        List<ModelMetadata> chunk = new ArrayList<>(CHUNK);
        Consumer<List<ModelMetadata>> flush = models -> {
          writeChunk(models, writer, vectors, counts, embedding, progress);
          models.clear();
        };
        catalog.forEach(model -> {
          chunk.add(model);
          if (chunk.size() == CHUNK) {
            flush.accept(chunk);
          }
        });
        flush.accept(chunk);
        writer.forceMerge(1);
        writer.commit();
      }
      IndexManifest manifest = new IndexManifest(IndexManifest.FORMAT, fingerprint, counts[0], embedder.name(),
          embedder.dimensions(), Instant.now().toString());
      manifest.write(staging);
      DirectoryTree.replace(staging, target);
      return new Built(manifest, counts[1], counts[2]);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot build the search index in " + target + ": " + e.getMessage(), e);
    }
  }

  private void writeChunk(List<ModelMetadata> models, IndexWriter writer, OutputStream vectors, int[] counts,
      ExecutorService embedding, Progress progress) {
    if (models.isEmpty()) {
      return;
    }
    List<String> texts = new ArrayList<>(models.size());
    for (ModelMetadata model : models) {
      texts.add(embeddedText.of(model));
    }
    long computedBefore = embedder.computed();
    long reusedBefore = embedder.reused();
    // The embedding model runs on its workers while this thread writes the chunk's Lucene documents.
    CompletableFuture<float[][]> computing = CompletableFuture.supplyAsync(() -> embedder.embed(texts), embedding);
    try {
      for (int i = 0; i < models.size(); i++) {
        writer.addDocument(document(models.get(i), counts[0] + i));
      }
      for (float[] vector : computing.join()) {
        Int8Vectors.append(vectors, vector);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    } finally {
      computing.cancel(false);
    }
    counts[0] += models.size();
    counts[1] += (int) (embedder.computed() - computedBefore);
    counts[2] += (int) (embedder.reused() - reusedBefore);
    progress.step(models.size());
  }

  private Document document(ModelMetadata model, int ordinal) throws IOException {
    Document document = new Document();
    document.add(new StringField(IndexFields.ID, model.modelId(), Field.Store.YES));
    document.add(new StoredField(IndexFields.ORDINAL, ordinal));
    document.add(new StoredField(IndexFields.FACTS, JSON.writeValueAsString(ModelFacts.of(model))));
    StringBuilder all = new StringBuilder();
    Map<String, List<String>> shown = new LinkedHashMap<>();
    for (AttributeSpec spec : matched) {
      List<String> values = model.texts(spec.name());
      if (values.isEmpty()) {
        continue;
      }
      String text = String.join(" . ", values);
      document.add(new TextField(IndexFields.attribute(spec.name()), text, Field.Store.NO));
      all.append(text).append(" . ");
      shown.put(spec.name(), values);
    }
    document.add(new TextField(IndexFields.ALL, all.toString(), Field.Store.NO));
    for (String special : SHOWN_SPECIAL) {
      List<String> values = model.texts(special);
      if (!values.isEmpty()) {
        shown.put(special, values);
      }
    }
    document.add(new StoredField(IndexFields.SHOWN, JSON.writeValueAsString(shown)));
    return document;
  }
}
