package io.hfmine.bench;

import io.hfmine.analyzers.setasks.lemma.EnglishLemmatizer;
import io.hfmine.analyzers.setasks.match.ExclusionRules;
import io.hfmine.analyzers.setasks.match.ItemClassifier;
import io.hfmine.analyzers.setasks.match.ItemText;
import io.hfmine.analyzers.setasks.match.TermIndex;
import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * {@code bench/run se-task-matching [CARDS] [THREADS]}: SE-task matching (tokenising, lemmas where
 * the tag decides, exclusion rules) over synthetic cards on worker threads, as
 * {@code models classify-se} runs it. Prints cards per second (wall and per CPU-second), the share
 * of sentences the POS tagger had to read and the peak heap. Target: >= 2,000 cards/s on 2 threads
 * with a heap of at most 1 GB on 200,000 cards.
 */
public final class SeTaskMatchingBenchmark {
  private static final long SEED = 20250324;

  private SeTaskMatchingBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int cards = args.length > 0 ? Integer.parseInt(args[0]) : 200_000;
    int threads = args.length > 1 ? Integer.parseInt(args[1]) : 2;
    SeTaxonomy taxonomy = SeTaxonomy.load("config/taxonomy/se-tasks.yaml");
    long loadStart = System.nanoTime();
    EnglishLemmatizer lemmatizer = EnglishLemmatizer.shared();
    TermIndex index = TermIndex.build(taxonomy, lemmatizer);
    ExclusionRules rules = new ExclusionRules(taxonomy, Set.of());
    System.out.printf("se-task-matching: %,d synthetic cards, %d thread(s), %d tasks, tagger loaded in %.1f s, max heap %,d MB%n",
        cards, threads, taxonomy.tasks().size(), (System.nanoTime() - loadStart) / 1e9,
        Runtime.getRuntime().maxMemory() >> 20);
    // Warm-up: the JIT compiles the tokeniser and matcher on the first few thousand cards.
    run(index, rules, lemmatizer, Math.min(5_000, cards), threads, SEED + 1);
    System.gc();
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    try (HeapSampler heap = new HeapSampler()) {
      Outcome outcome = run(index, rules, lemmatizer, cards, threads, SEED);
      double seconds = outcome.wallNanos / 1e9;
      double cpuSeconds = outcome.cpuNanos / 1e9;
      System.out.printf("  wall time        %.1f s   -> %,.0f cards/s   (target >= 2,000 cards/s on 2 threads)%n",
          seconds, cards / seconds);
      System.out.printf("  CPU time         %.1f CPU-s (matching threads) -> %,.0f cards per CPU-second%n",
          cpuSeconds, cards / cpuSeconds);
      System.out.printf("  text             %,.0f MB of cards, %,d sentences, %,d tagged by the POS tagger (%.2f%%)%n",
          outcome.chars / 1e6, outcome.stats.sentences(), outcome.stats.taggedSentences(),
          100.0 * outcome.stats.taggedSentences() / Math.max(1, outcome.stats.sentences()));
      System.out.printf("  lemma cache      %,d distinct words lemmatised under each tag family%n",
          outcome.stats.wordsLemmatised());
      System.out.printf("  matches          %,d on %,d cards (%,d kept, %,d dropped by rules)%n", outcome.matches,
          outcome.cardsWithMatches, outcome.kept, outcome.matches - outcome.kept);
      System.out.printf("  peak heap        %,d MB   (target <= 1,024 MB)%n", heap.peakBytes() >> 20);
      if (!cpu.isThreadCpuTimeSupported()) {
        System.out.println("  (thread CPU time not supported here; CPU figure is wall time)");
      }
    }
  }

  private record Outcome(long wallNanos, long cpuNanos, long chars, ItemClassifier.Stats stats, long matches, long kept,
      long cardsWithMatches) {
  }

  private static Outcome run(TermIndex index, ExclusionRules rules, EnglishLemmatizer lemmatizer, int cards, int threads,
      long seed) throws InterruptedException {
    ThreadMXBean cpu = ManagementFactory.getThreadMXBean();
    AtomicLong chars = new AtomicLong();
    AtomicLong cpuNanos = new AtomicLong();
    AtomicLong matches = new AtomicLong();
    AtomicLong kept = new AtomicLong();
    AtomicLong withMatches = new AtomicLong();
    List<ItemClassifier> classifiers = new ArrayList<>();
    List<Thread> workers = new ArrayList<>();
    long start = System.nanoTime();
    for (int t = 0; t < threads; t++) {
      int first = t;
      ItemClassifier classifier = new ItemClassifier(index, rules, lemmatizer, false, 200_000);
      classifiers.add(classifier);
      Thread worker = new Thread(() -> {
        long before = cpu.getCurrentThreadCpuTime();
        for (int i = first; i < cards; i += threads) {
          String card = SyntheticCards.card(seed, i);
          chars.addAndGet(card.length());
          var found = classifier.classify(new ItemText("model", "bench/m" + i,
              card.contains("- code\n") ? Set.of("code") : Set.of(), card, List.of()));
          if (!found.isEmpty()) {
            withMatches.incrementAndGet();
            matches.addAndGet(found.size());
            kept.addAndGet(found.stream().filter(m -> m.kept()).count());
          }
        }
        cpuNanos.addAndGet(cpu.getCurrentThreadCpuTime() - before);
      }, "matcher-" + t);
      workers.add(worker);
      worker.start();
    }
    for (Thread worker : workers) {
      worker.join();
    }
    long wall = System.nanoTime() - start;
    long sentences = 0;
    long tagged = 0;
    long words = 0;
    for (ItemClassifier classifier : classifiers) {
      sentences += classifier.stats().sentences();
      tagged += classifier.stats().taggedSentences();
      words += classifier.stats().wordsLemmatised();
    }
    return new Outcome(wall, cpuNanos.get(), chars.get(), new ItemClassifier.Stats(sentences, tagged, words),
        matches.get(), kept.get(), withMatches.get());
  }
}
