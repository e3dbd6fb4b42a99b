package io.hfmine.analyzers.pick.index;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.hfmine.analyzers.pick.constraint.ModelFacts;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * An open search index: the Lucene searcher, and, by ordinal, every model's id, constraint facts
 * and quantised embedding, all in memory so that a request checks constraints on the whole
 * catalog and scans every vector without touching the disk.
 */
public final class PickIndex implements AutoCloseable {
  private static final ObjectMapper JSON = new ObjectMapper();

  private final IndexManifest manifest;
  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  private final String[] ids;
  private final ModelFacts[] facts;
  private final int[] ordinalOfDoc;
  private final int[] docOfOrdinal;
  private final Int8Vectors vectors;

  private PickIndex(IndexManifest manifest, Directory directory, DirectoryReader reader, String[] ids,
      ModelFacts[] facts, int[] ordinalOfDoc, Int8Vectors vectors) {
    this.manifest = manifest;
    this.directory = directory;
    this.reader = reader;
    this.searcher = new IndexSearcher(reader);
    this.ids = ids;
    this.facts = facts;
    this.ordinalOfDoc = ordinalOfDoc;
    this.docOfOrdinal = new int[ordinalOfDoc.length];
    for (int doc = 0; doc < ordinalOfDoc.length; doc++) {
      docOfOrdinal[ordinalOfDoc[doc]] = doc;
    }
    this.vectors = vectors;
  }

  /** Opens the index in {@code dir}; the caller has checked its manifest. */
  public static PickIndex open(Path dir) {
    SearchAnalyzer.analyzer();
    IndexManifest manifest = IndexManifest.read(dir).orElseThrow(() -> new IllegalStateException(
        "no search index in " + dir + " (build it with hfmine pick index)"));
    Directory directory = null;
    try {
      directory = FSDirectory.open(dir.resolve(IndexBuilder.LUCENE));
      DirectoryReader reader = DirectoryReader.open(directory);
      int count = manifest.models();
      if (reader.maxDoc() != count) {
        throw new IOException("the index holds " + reader.maxDoc() + " documents, its manifest says " + count);
      }
      String[] ids = new String[count];
      ModelFacts[] facts = new ModelFacts[count];
      int[] ordinalOfDoc = new int[reader.maxDoc()];
      StoredFields stored = reader.storedFields();
      Map<Set<String>, Set<String>> sets = new HashMap<>();
      for (int doc = 0; doc < reader.maxDoc(); doc++) {
        Document document = stored.document(doc);
        int ordinal = document.getField(IndexFields.ORDINAL).numericValue().intValue();
        ordinalOfDoc[doc] = ordinal;
        ids[ordinal] = document.get(IndexFields.ID);
        facts[ordinal] = JSON.readValue(document.get(IndexFields.FACTS), ModelFacts.class).sharing(sets);
      }
      Int8Vectors vectors = Int8Vectors.read(dir.resolve(IndexBuilder.VECTORS), manifest.dimensions());
      if (vectors.size() != count) {
        throw new IOException("the index holds " + vectors.size() + " vectors for " + count + " models");
      }
      return new PickIndex(manifest, directory, reader, ids, facts, ordinalOfDoc, vectors);
    } catch (IOException e) {
      if (directory != null) {
        try {
          directory.close();
        } catch (IOException suppressed) {
          e.addSuppressed(suppressed);
        }
      }
      throw new UncheckedIOException("cannot open the search index in " + dir + ": " + e.getMessage()
          + " (rebuild it with hfmine pick index --rebuild)", e);
    }
  }

  public IndexManifest manifest() {
    return manifest;
  }

  public int size() {
    return ids.length;
  }

  public String id(int ordinal) {
    return ids[ordinal];
  }

  public ModelFacts facts(int ordinal) {
    return facts[ordinal];
  }

  public Int8Vectors vectors() {
    return vectors;
  }

  IndexSearcher searcher() {
    return searcher;
  }

  /** The ordinal of a Lucene document id. */
  int ordinalOfDoc(int doc) {
    return ordinalOfDoc[doc];
  }

  /** The Lucene document id of an ordinal. */
  int docOfOrdinal(int ordinal) {
    return docOfOrdinal[ordinal];
  }

  /** The shown attribute values of a model (matched attributes and a few special ones). */
  public Map<String, List<String>> shown(int ordinal) {
    try {
      Document document = reader.storedFields().document(docOfOrdinal(ordinal));
      return JSON.readValue(document.get(IndexFields.SHOWN), new TypeReference<>() { });
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
