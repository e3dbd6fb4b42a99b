package io.hfmine.web.search;

import io.hfmine.analyzers.pick.index.SearchAnalyzer;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.QueryBuilder;

/**
 * A full-text index of the store's model card texts, kept in the work directory: built at the first
 * {@code serve} and again only when the cards changed (their {@link CardState} differs from the one
 * the index was built from). Searching costs milliseconds where scanning every card's text for a
 * substring cost seconds. Words are analysed as model search analyses them (English: stemmed,
 * lower case, stop words dropped); a card matches when it holds every word of the query, and
 * cards holding the words as a phrase rank first (BM25).
 */
public final class CardIndex implements AutoCloseable {
  private static final String ID = "id";
  private static final String TEXT = "text";
  private static final String STATE_FILE = "card-state";
  private static final int BATCH = 2_000;

  private final Directory directory;
  private final DirectoryReader reader;
  private final IndexSearcher searcher;
  /** The folder deleted on close, for a store without a work directory; null otherwise. */
  private final Path temporary;

  private CardIndex(Directory directory, Path temporary) throws IOException {
    this.directory = directory;
    this.reader = DirectoryReader.open(directory);
    this.searcher = new IndexSearcher(reader);
    this.temporary = temporary;
  }

  /**
   * The index of {@code store}'s cards: in {@code store}'s work directory (beside its file), or for
   * an in-memory store in a temporary folder removed on close.
   */
  public static CardIndex of(Store store, Progress progress) {
    Path file = store.file();
    if (file.toString().equals(":memory:")) {
      try {
        Path folder = Files.createTempDirectory("hfmine-card-index-");
        return open(store, folder.resolve("index"), progress, folder);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a folder for the card search index: " + e.getMessage(), e);
      }
    }
    return open(store, file.toAbsolutePath().resolveSibling("serve-card-index"), progress, null);
  }

  /** Opens the index in {@code folder}, building it first when it is missing or the cards changed. */
  static CardIndex open(Store store, Path folder, Progress progress, Path temporary) {
    // Loaded before any other Lucene class, so its quieting of Lucene's vectorization warning holds.
    SearchAnalyzer.analyzer();
    String state = CardState.of(store);
    try {
      Path stateFile = folder.resolve(STATE_FILE);
      if (!Files.isRegularFile(stateFile) || !Files.readString(stateFile).equals(state)) {
        build(store, folder, state, progress);
      }
      return new CardIndex(FSDirectory.open(folder.resolve("lucene")), temporary);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot open the card search index in " + folder + ": " + e.getMessage(), e);
    }
  }

  /**
   * Builds beside {@code folder} and moves into place at the end, so a build that fails leaves no
   * half-written index behind (the next start builds again).
   */
  private static void build(Store store, Path folder, String state, Progress progress) throws IOException {
    Path staging = folder.resolveSibling(folder.getFileName() + ".building");
    DirectoryTree.delete(staging);
    Files.createDirectories(staging);
    progress.total(store.read(connection -> {
      try (java.sql.Statement statement = connection.createStatement();
           ResultSet rows = statement.executeQuery("SELECT count(*) FROM model_cards WHERE text IS NOT NULL")) {
        rows.next();
        return rows.getLong(1);
      }
    }));
    try (Directory target = FSDirectory.open(staging.resolve("lucene"));
         IndexWriter writer = new IndexWriter(target, new IndexWriterConfig(SearchAnalyzer.analyzer())
             .setOpenMode(IndexWriterConfig.OpenMode.CREATE).setRAMBufferSizeMB(64))) {
      store.read(connection -> {
        try (PreparedStatement statement = connection.prepareStatement(
            "SELECT model_id, text FROM model_cards WHERE text IS NOT NULL ORDER BY model_id")) {
          statement.setFetchSize(BATCH);
          try (ResultSet rows = statement.executeQuery()) {
            long added = 0;
            while (rows.next()) {
              Document document = new Document();
              document.add(new StoredField(ID, rows.getString(1)));
              document.add(new TextField(TEXT, rows.getString(2), Field.Store.NO));
              writer.addDocument(document);
              if (++added % BATCH == 0) {
                progress.step(BATCH);
              }
            }
            progress.step(added % BATCH);
          }
        }
        return null;
      });
      writer.forceMerge(1);
      writer.commit();
    }
    Files.writeString(staging.resolve(STATE_FILE), state);
    DirectoryTree.replace(staging, folder);
  }

  /**
   * The ids of the models whose card holds every word of {@code words}, best first, at most
   * {@code limit}; empty when the words hold nothing to search for (only stop words or signs).
   */
  public List<String> search(String words, int limit) {
    Query query = query(words);
    if (query == null) {
      return List.of();
    }
    try {
      TopDocs top = searcher.search(query, limit);
      StoredFields stored = searcher.storedFields();
      List<String> ids = new ArrayList<>(top.scoreDocs.length);
      for (ScoreDoc hit : top.scoreDocs) {
        ids.add(stored.document(hit.doc).get(ID));
      }
      return ids;
    } catch (IOException e) {
      throw new UncheckedIOException("card search failed: " + e.getMessage(), e);
    }
  }

  /** Every word required; the words as a phrase score extra. The text is analysed, never parsed as query syntax. */
  static Query query(String words) {
    QueryBuilder builder = new QueryBuilder(SearchAnalyzer.analyzer());
    Query all = builder.createBooleanQuery(TEXT, words, BooleanClause.Occur.MUST);
    if (all == null) {
      return null;
    }
    BooleanQuery.Builder query = new BooleanQuery.Builder().add(all, BooleanClause.Occur.MUST);
    Query phrase = builder.createPhraseQuery(TEXT, words);
    if (phrase != null) {
      query.add(phrase, BooleanClause.Occur.SHOULD);
    }
    return query.build();
  }

  /** Cards in the index. */
  public int size() {
    return reader.numDocs();
  }

  @Override
  public void close() {
    try {
      reader.close();
      directory.close();
      if (temporary != null) {
        DirectoryTree.delete(temporary);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
