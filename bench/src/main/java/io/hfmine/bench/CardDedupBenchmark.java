package io.hfmine.bench;

import io.hfmine.analyzers.cards.CardDeduplicator;
import io.hfmine.analyzers.text.TfIdf;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.function.Consumer;

/**
 * Near-duplicate card detection at scale: 100,000 synthetic cards (default) with planted groups
 * of near-identical variants; prints wall time, peak heap, and recall/precision of the planted
 * groups against the targets (60 s, 1 GB heap on 2 cores, recall at least 0.99 at 0.99).
 *
 * <p>Cards mix free text drawn from a Zipf vocabulary with Trainer-style template sections, so
 * many unrelated cards share much of their wording (what makes real cards hard). A planted
 * variant is a copy of its group's original with one or two small edits (a word swapped, a
 * number changed, a line appended), the way forks and re-uploads differ.
 *
 * <p>Arguments: {@code [cards] [groups]}, defaults 100000 and 5000.
 */
public final class CardDedupBenchmark {
  private static final String[] TEMPLATE = {
      "This model is a fine-tuned version of", "on the", "dataset.", "It achieves the following results on the evaluation set:",
      "## Model description", "More information needed", "## Intended uses & limitations", "More information needed",
      "## Training procedure", "### Training hyperparameters", "The following hyperparameters were used during training:",
      "- learning_rate:", "- train_batch_size:", "- seed:", "- optimizer: Adam with betas=(0.9,0.999) and epsilon=1e-08",
      "### Framework versions", "- Transformers", "- Pytorch", "- Datasets", "- Tokenizers"};

  private CardDedupBenchmark() {
  }

  public static void main(String[] args) {
    int total = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int groups = args.length > 1 ? Integer.parseInt(args[1]) : 5_000;
    Map<String, Integer> plantedGroup = new HashMap<>();
    long[] inputChars = new long[1];
    int variants = generate(total, groups, card -> {
      inputChars[0] += card.text().length();
      if (!card.modelId().startsWith("solo/")) {
        plantedGroup.put(card.modelId(), Integer.parseInt(card.modelId().replaceAll("^[a-z]+-(\\d+).*$", "$1")));
      }
    });

    // The deduplicator reads the cards as a stream (regenerated from the seed each time, as a store
    // query would return them): the measured heap is its own, not the input texts'.
    System.gc();
    CardDeduplicator.Settings settings = new CardDeduplicator.Settings(0.99, 16, 6, 200);
    CardDeduplicator.Result result;
    long started;
    long elapsed;
    long peak;
    java.lang.management.ThreadMXBean threads = java.lang.management.ManagementFactory.getThreadMXBean();
    long cpu;
    try (HeapSampler heap = new HeapSampler()) {
      started = System.nanoTime();
      long cpuStarted = threads.getCurrentThreadCpuTime();
      result = new CardDeduplicator(settings).find(sink -> generate(total, groups, sink));
      cpu = threads.getCurrentThreadCpuTime() - cpuStarted;
      elapsed = System.nanoTime() - started;
      peak = heap.peakBytes();
    }
    // What reading the input twice costs by itself (the deduplicator streams it twice).
    long generationStarted = threads.getCurrentThreadCpuTime();
    generate(total, groups, card -> { });
    generate(total, groups, card -> { });
    long generationCpu = threads.getCurrentThreadCpuTime() - generationStarted;

    // The truth: planted variants whose exact TF-IDF cosine to their original reaches the threshold
    // (a random edit can push a short card below it; those are reported apart, not counted).
    // Document frequencies over all cards, texts kept only for the planted groups.
    Map<String, Integer> documentFrequency = new HashMap<>();
    Map<String, String> plantedTexts = new HashMap<>();
    generate(total, groups, card -> {
      for (String word : new java.util.HashSet<>(words(card.text()))) {
        documentFrequency.merge(word, 1, Integer::sum);
      }
      if (!card.modelId().startsWith("solo/")) {
        plantedTexts.put(card.modelId(), card.text());
      }
    });
    Map<String, Integer> termIndex = new HashMap<>();
    double[] idf = new double[documentFrequency.size()];
    documentFrequency.forEach((word, df) -> {
      idf[termIndex.size()] = TfIdf.idf(df, total);
      termIndex.put(word, termIndex.size());
    });
    Map<String, String> foundOriginal = new HashMap<>();
    int reported = 0;
    int correct = 0;
    for (CardDeduplicator.Member member : result.members()) {
      if (member.modelId().equals(member.originalId())) {
        continue;
      }
      reported++;
      foundOriginal.put(member.modelId(), member.originalId());
      Integer group = plantedGroup.get(member.modelId());
      if (group != null && group.equals(plantedGroup.get(member.originalId()))) {
        correct++;
      }
    }
    int truth = 0;
    int found = 0;
    for (Map.Entry<String, Integer> planted : plantedGroup.entrySet()) {
      String id = planted.getKey();
      if (!id.startsWith("user-")) {
        continue;
      }
      String original = "org-" + planted.getValue() + "/original";
      double cosine = vector(plantedTexts.get(id), termIndex, idf).dot(vector(plantedTexts.get(original), termIndex, idf));
      if (cosine >= settings.threshold()) {
        truth++;
        if (original.equals(foundOriginal.get(id))) {
          found++;
        }
      }
    }
    double recall = truth == 0 ? 1 : (double) found / truth;
    double precision = reported == 0 ? 1 : (double) correct / reported;
    long allPairs = (long) total * (total - 1) / 2;

    System.out.printf("CardDedupBenchmark: %,d cards (%,d MB of text), %,d planted groups, %,d planted variants%n",
        total, inputChars[0] / 1_000_000, groups, variants);
    System.out.printf("  threshold %.2f, MinHash/LSH %d bands x %d rows, %d processor(s), max heap %,d MB%n",
        settings.threshold(), settings.bands(), settings.rows(), Runtime.getRuntime().availableProcessors(),
        Runtime.getRuntime().maxMemory() / 1_048_576);
    System.out.printf("  wall time        %.1f s            (target <= 60 s)%n", elapsed / 1e9);
    System.out.printf("  cpu time         %.1f s            (this thread; of which %.1f s generating the cards twice)%n",
        cpu / 1e9, generationCpu / 1e9);
    System.out.printf("  peak heap        %,d MB          (target <= 1,024 MB; the cards are streamed, as from the store)%n",
        peak / 1_048_576);
    System.out.printf("  planted variants at cosine >= %.2f to their original: %,d of %,d%n",
        settings.threshold(), truth, variants);
    System.out.printf("  recall           %.4f (%,d of %,d found in their original's group)   (target >= 0.99)%n",
        recall, found, truth);
    System.out.printf("  precision        %.4f (%,d of %,d reported variants planted)%n", precision, correct, reported);
    System.out.printf("  groups found     %,d%n", result.groups());
    System.out.printf("  pairs compared   %,d cosines of %,d distinct candidate pairs (all pairs: %,d)%n",
        result.comparedPairs(), result.candidatePairs(), allPairs);
  }

  // The same cards, in the same order, on every call: planted groups first, then unrelated cards.
  private static int generate(int total, int groups, Consumer<CardDeduplicator.Card> sink) {
    SplittableRandom random = new SplittableRandom(20_240_601);
    String[] vocabulary = vocabulary(30_000, random);
    double[] zipf = zipfCumulative(vocabulary.length);
    int count = 0;
    int variants = 0;
    for (int g = 0; g < groups && count < total; g++) {
      String original = card(random, vocabulary, zipf);
      sink.accept(new CardDeduplicator.Card("org-" + g + "/original", Instant.ofEpochSecond(1_600_000_000L + g), original));
      count++;
      int size = 1 + random.nextInt(1, 6);
      for (int v = 1; v < size && count < total; v++) {
        sink.accept(new CardDeduplicator.Card("user-" + g + "-" + v + "/copy",
            Instant.ofEpochSecond(1_700_000_000L + g * 10L + v), edit(original, random, vocabulary, zipf)));
        count++;
        variants++;
      }
    }
    while (count < total) {
      sink.accept(new CardDeduplicator.Card("solo/" + count, Instant.ofEpochSecond(1_650_000_000L + count),
          card(random, vocabulary, zipf)));
      count++;
    }
    return variants;
  }

  private static io.hfmine.analyzers.text.SparseVector vector(String text, Map<String, Integer> termIndex, double[] idf) {
    java.util.TreeMap<Integer, Integer> counts = new java.util.TreeMap<>();
    for (String word : words(text)) {
      counts.merge(termIndex.get(word), 1, Integer::sum);
    }
    return TfIdf.weigh(counts.keySet().stream().mapToInt(Integer::intValue).toArray(),
        counts.values().stream().mapToInt(Integer::intValue).toArray(), idf, TfIdf.TermFrequency.RAW);
  }

  // The deduplicator's words: maximal runs of letters or digits, lower-cased.
  private static List<String> words(String text) {
    List<String> words = new ArrayList<>();
    for (String word : text.split("[^\\p{L}\\p{Nd}]+")) {
      if (!word.isEmpty()) {
        words.add(word.toLowerCase(java.util.Locale.ROOT));
      }
    }
    return words;
  }

  private static String[] vocabulary(int size, SplittableRandom random) {
    String letters = "abcdefghijklmnopqrstuvwxyz";
    String[] words = new String[size];
    for (int i = 0; i < size; i++) {
      StringBuilder word = new StringBuilder();
      int length = 3 + random.nextInt(8);
      for (int c = 0; c < length; c++) {
        word.append(letters.charAt(random.nextInt(letters.length())));
      }
      words[i] = word.append(i).toString();
    }
    return words;
  }

  /** Cumulative Zipf weights (1/rank) of a vocabulary of {@code size} words, for drawing words by rank. */
  static double[] zipfCumulative(int size) {
    double[] cumulative = new double[size];
    double sum = 0;
    for (int i = 0; i < size; i++) {
      sum += 1.0 / (i + 1);
      cumulative[i] = sum;
    }
    for (int i = 0; i < size; i++) {
      cumulative[i] /= sum;
    }
    return cumulative;
  }

  private static String word(SplittableRandom random, String[] vocabulary, double[] zipf) {
    int index = java.util.Arrays.binarySearch(zipf, random.nextDouble());
    return vocabulary[Math.min(vocabulary.length - 1, index < 0 ? -index - 1 : index)];
  }

  // A card: often a Trainer template with random fill-ins, always some free text.
  private static String card(SplittableRandom random, String[] vocabulary, double[] zipf) {
    StringBuilder text = new StringBuilder("# ").append(word(random, vocabulary, zipf)).append('-')
        .append(word(random, vocabulary, zipf)).append("\n\n");
    if (random.nextInt(3) == 0) {
      for (String line : TEMPLATE) {
        text.append(line).append(' ');
        if (random.nextBoolean()) {
          text.append(word(random, vocabulary, zipf)).append(' ').append(random.nextInt(10_000));
        }
        text.append('\n');
      }
    }
    int words = 120 + random.nextInt(300);
    for (int i = 0; i < words; i++) {
      text.append(word(random, vocabulary, zipf)).append(i % 14 == 13 ? ".\n" : " ");
    }
    return text.toString();
  }

  // One or two small edits, as forks and re-uploads make.
  private static String edit(String original, SplittableRandom random, String[] vocabulary, double[] zipf) {
    String text = original;
    int edits = 1 + random.nextInt(2);
    for (int e = 0; e < edits; e++) {
      switch (random.nextInt(3)) {
        case 0 -> {
          int space = text.indexOf(' ', random.nextInt(Math.max(1, text.length() - 40)));
          int end = space < 0 ? -1 : text.indexOf(' ', space + 1);
          if (end > space) {
            text = text.substring(0, space + 1) + vocabulary[random.nextInt(50)] + text.substring(end);
          }
        }
        case 1 -> text = text + "\n" + random.nextInt(1_000);
        default -> text = text + "\nUploaded by " + vocabulary[random.nextInt(50)] + ".";
      }
    }
    return text;
  }
}
