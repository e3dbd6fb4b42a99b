package io.hfmine.analyzers.setasks;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.setasks.funnel.BenchmarkTables;
import io.hfmine.analyzers.setasks.funnel.ItemOutcome;
import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.match.ExclusionRules;
import io.hfmine.analyzers.setasks.match.ItemClassifier;
import io.hfmine.analyzers.setasks.match.TermIndex;
import io.hfmine.analyzers.setasks.store.ItemKind;
import io.hfmine.analyzers.setasks.store.SeTaskCounts;
import io.hfmine.analyzers.setasks.store.SeTaskResults;
import io.hfmine.analyzers.setasks.store.StoredItems;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * {@code hfmine models classify-se} up to its rule stages: every model and dataset of the store is
 * matched against the taxonomy (card, metadata, arXiv abstracts), the exclusion rules drop outlier
 * matches, and near-identical cards among what is left are collapsed to their earliest original.
 * The LLM confirmation step runs after it.
 *
 * <p>Items are read and committed page by page with the run's cursor, so a killed run resumes where
 * it stopped as long as the taxonomy, the rules and the items are unchanged; anything else starts
 * over. Pages are matched on {@code threads} threads, each with its own matcher and lemma cache.
 */
public final class SeTaskClassification {
  /** Bumped when matching changes what it finds, so that a run never resumes into another's results. */
  static final String MATCHER_VERSION = "1";

  private final Store store;

  public SeTaskClassification(Store store) {
    this.store = store;
  }

  /**
   * What to classify and how.
   *
   * @param exhaustive tag every sentence instead of only those where the tag decides (same result, slower)
   */
  public record Spec(List<ItemKind> kinds, SeTaxonomy taxonomy, String taxonomyLocation, Set<String> ruleOrigins,
      int threads, int batchSize, int lemmaCacheWords, CardDeduplicator.Settings dedup, boolean exhaustive,
      Map<String, List<String>> benchmarks) {
  }

  /** One kind's funnel and the matches each exclusion rule dropped. */
  public record KindResult(ItemKind kind, long inStore, SeTaskCounts counts, Map<String, Long> excludedByRule,
      int duplicateGroups) {
  }

  /** The run: per kind, whether it resumed a killed one, and how much the tagger had to read. */
  public record Result(List<KindResult> kinds, boolean resumed, ItemClassifier.Stats matching) {
  }

  public Result run(Spec spec, Progress.Factory progress) {
    EnglishLemmatizer lemmatizer = EnglishLemmatizer.shared();
    TermIndex index = TermIndex.build(spec.taxonomy(), lemmatizer);
    ExclusionRules rules = new ExclusionRules(spec.taxonomy(), spec.ruleOrigins());
    Map<ItemKind, Long> inStore = new LinkedHashMap<>();
    for (ItemKind kind : spec.kinds()) {
      inStore.put(kind, new StoredItems(store, kind).count());
    }
    String origins = String.join(",", new TreeSet<>(spec.ruleOrigins()));
    String runKey = sha256(spec.taxonomy().sha256() + "|" + origins + "|" + spec.kinds() + "|" + inStore + "|"
        + spec.exhaustive() + "|" + MATCHER_VERSION);
    SeTaskResults results = new SeTaskResults(store);
    Optional<SeTaskResults.Cursor> cursor = results.begin(runKey, spec.taxonomyLocation(), spec.taxonomy().sha256(),
        origins, spec.dedup().threshold());

    List<ItemClassifier> classifiers = new CopyOnWriteArrayList<>();
    ThreadLocal<ItemClassifier> classifier = ThreadLocal.withInitial(() -> {
      ItemClassifier created = new ItemClassifier(index, rules, lemmatizer, spec.exhaustive(), spec.lemmaCacheWords());
      classifiers.add(created);
      return created;
    });
    ExecutorService pool = Executors.newFixedThreadPool(spec.threads(), runnable -> {
      Thread thread = new Thread(runnable, "se-task-matcher");
      thread.setDaemon(true);
      return thread;
    });
    try (Progress bar = progress.start("classify-se")) {
      bar.total(inStore.values().stream().mapToLong(Long::longValue).sum());
      boolean reached = cursor.isEmpty();
      for (ItemKind kind : spec.kinds()) {
        long from = 0;
        if (!reached) {
          if (cursor.get().kind() != kind) {
            bar.step(inStore.get(kind));
            continue;
          }
          reached = true;
          from = cursor.get().rowid();
          bar.step(from);
        }
        StoredItems items = new StoredItems(store, kind);
        while (from >= 0) {
          bar.message(kind.plural());
          StoredItems.Page page = items.page(from, spec.batchSize());
          if (page.items().isEmpty()) {
            break;
          }
          List<ItemOutcome> outcomes = classify(page.items(), pool, classifier, spec.threads());
          results.savePage(runKey, kind, outcomes, page.next());
          bar.step(page.items().size());
          from = page.next();
        }
      }
      List<KindResult> kinds = new ArrayList<>();
      for (ItemKind kind : spec.kinds()) {
        bar.message("near-duplicate " + kind.key() + " cards");
        CardDeduplicator.Result groups = new CardDeduplicator(spec.dedup()).find(results.keptCards(kind));
        results.finishKind(kind, groups, inStore.get(kind));
        results.saveBenchmarks(kind, new BenchmarkTables(spec.benchmarks()));
        kinds.add(new KindResult(kind, inStore.get(kind), SeTaskCounts.of(store, kind), excludedByRule(kind),
            groups.groups()));
      }
      results.finish(runKey);
      return new Result(kinds, cursor.isPresent(), total(classifiers));
    } finally {
      pool.shutdownNow();
    }
  }

  private static List<ItemOutcome> classify(List<StoredItems.StoredItem> items, ExecutorService pool,
      ThreadLocal<ItemClassifier> classifier, int threads) {
    int chunk = Math.max(1, (items.size() + threads - 1) / threads);
    List<Callable<List<ItemOutcome>>> work = new ArrayList<>();
    for (int start = 0; start < items.size(); start += chunk) {
      List<StoredItems.StoredItem> part = items.subList(start, Math.min(items.size(), start + chunk));
      work.add(() -> {
        ItemClassifier matcher = classifier.get();
        List<ItemOutcome> outcomes = new ArrayList<>(part.size());
        for (StoredItems.StoredItem item : part) {
          outcomes.add(new ItemOutcome(item.text().kind(), item.text().id(), item.cardStatus(),
              matcher.classify(item.text())));
        }
        return outcomes;
      });
    }
    List<ItemOutcome> outcomes = new ArrayList<>(items.size());
    try {
      for (Future<List<ItemOutcome>> part : pool.invokeAll(work)) {
        outcomes.addAll(part.get());
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("SE-task matching was interrupted", e);
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      throw cause instanceof RuntimeException runtime ? runtime : new IllegalStateException(cause);
    }
    return outcomes;
  }

  private Map<String, Long> excludedByRule(ItemKind kind) {
    return store.read(connection -> {
      Map<String, Long> counts = new LinkedHashMap<>();
      try (PreparedStatement query = connection.prepareStatement("SELECT excluded_by, count(*) FROM se_task_matches "
          + "WHERE item_kind = ? AND excluded_by IS NOT NULL GROUP BY excluded_by ORDER BY count(*) DESC, excluded_by")) {
        query.setString(1, kind.key());
        try (ResultSet rows = query.executeQuery()) {
          while (rows.next()) {
            counts.put(rows.getString(1), rows.getLong(2));
          }
        }
      }
      return counts;
    });
  }

  private static ItemClassifier.Stats total(List<ItemClassifier> classifiers) {
    long sentences = 0;
    long tagged = 0;
    long words = 0;
    for (ItemClassifier classifier : classifiers) {
      ItemClassifier.Stats stats = classifier.stats();
      sentences += stats.sentences();
      tagged += stats.taggedSentences();
      words += stats.wordsLemmatised();
    }
    return new ItemClassifier.Stats(sentences, tagged, words);
  }

  private static String sha256(String text) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
