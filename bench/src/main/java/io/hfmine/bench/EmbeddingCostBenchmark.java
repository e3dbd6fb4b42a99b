package io.hfmine.bench;

import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Random;

/**
 * What one embedded text costs, by its length in word pieces: the CPU time of embedding a text on
 * the calling thread (tokenising, the ONNX run, pooling), and of a batch of texts spread over the
 * embedder's workers. The first index of a catalog is bound by this cost times its texts.
 *
 * <p>Arguments: {@code [model]}, default all-minilm-l6-v2-q.
 */
public final class EmbeddingCostBenchmark {
  private static final int[] LENGTHS = {16, 32, 48, 64, 96, 128};
  private static final int RUNS = 200;

  private EmbeddingCostBenchmark() {
  }

  public static void main(String[] args) {
    OnnxEmbedder embedder = OnnxEmbedder.shared(OnnxEmbedder.Build.of(args.length > 0 ? args[0] : "all-minilm-l6-v2-q"),
        OnnxEmbedder.MAX_TOKENS);
    System.out.printf(Locale.ROOT, "embedding-cost: %s, %d processor(s), load average %.1f%n", embedder.name(),
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    for (int length : LENGTHS) {
      List<String> texts = texts(embedder, length, RUNS);
      texts.subList(0, 30).forEach(embedder::embed);
      long cpu = threads.getCurrentThreadCpuTime();
      long wall = System.nanoTime();
      texts.forEach(embedder::embed);
      System.out.printf(Locale.ROOT, "  %3d word pieces, one thread   %5.2f ms CPU per text, %5.2f ms wall%n", length,
          (threads.getCurrentThreadCpuTime() - cpu) / 1e6 / RUNS, (System.nanoTime() - wall) / 1e6 / RUNS);
    }
    for (int length : new int[] {32, 64}) {
      List<String> texts = texts(embedder, length, 1_000);
      embedder.embed(texts.subList(0, 100));
      long cpu = processCpu();
      long wall = System.nanoTime();
      embedder.embed(texts);
      System.out.printf(Locale.ROOT, "  %3d word pieces, all workers  %5.2f ms CPU per text, %5.2f ms wall per text%n", length,
          (processCpu() - cpu) / 1e6 / texts.size(), (System.nanoTime() - wall) / 1e6 / texts.size());
    }
  }

  /** Distinct texts of {@code length} word pieces ([CLS] and [SEP] included; one more where a word takes two). */
  private static List<String> texts(OnnxEmbedder embedder, int length, int count) {
    List<String> words = List.of("model", "labels", "reviews", "french", "speech", "tables", "queries", "images", "legal",
        "summaries", "sentiment", "translation", "medical", "questions", "answers", "code");
    List<String> texts = new ArrayList<>(count);
    List<String> shuffled = new ArrayList<>(words);
    for (int i = 0; i < count; i++) {
      Collections.shuffle(shuffled, new Random(i));
      StringBuilder text = new StringBuilder();
      for (int w = 0; embedder.tokens(text.toString()) < length; w++) {
        text.append(shuffled.get(w % shuffled.size())).append(' ');
      }
      texts.add(text.toString().strip());
    }
    return texts;
  }

  private static long processCpu() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }
}
