package io.hfmine.bench;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.hfmine.analyzers.pick.ModelSearch;
import io.hfmine.analyzers.pick.PickSettings;
import io.hfmine.analyzers.pick.evaluate.Paraphrases;
import io.hfmine.analyzers.pick.evaluate.RequestSynthesizer;
import io.hfmine.analyzers.pick.evaluate.RuleInfill;
import io.hfmine.analyzers.pick.evaluate.SynthesizedRequest;
import io.hfmine.analyzers.pick.extract.ModelMetadata;
import io.hfmine.analyzers.pick.index.EmbeddedText;
import io.hfmine.analyzers.pick.store.StoreExtraction;
import io.hfmine.analyzers.text.embedding.OnnxEmbedder;
import io.hfmine.analyzers.text.embedding.SentenceEmbedder;
import io.hfmine.analyzers.text.embedding.distilled.StaticEmbedder;
import io.hfmine.bench.pick.SyntheticCatalog;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.files.DirectoryTree;
import io.hfmine.datasets.hashing.Hashes;
import io.hfmine.datasets.hf.CardFrontMatter;
import io.hfmine.datasets.hf.ModelCatalog;
import io.hfmine.datasets.hf.ModelRecord;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Model search at scale: a synthetic catalog of 100,000 models (default) in a store file, then
 * extraction of every model's attributes, the search index built cold (every text embedded) and
 * again warm (after a sync that changed nothing, so every embedding comes from the store), and
 * the latency of requests synthesised from the catalog (p50/p95/p99, CPU per request), with the
 * heap. Targets: index 100,000 models' metadata in at most 2 minutes, answer in at most 200 ms (p95).
 *
 * <p>Arguments: {@code [models] [requests] [embedding model]}, defaults 100000, 300 and
 * {@code pick.embedding.model} of the shipped configuration.
 */
public final class PickSearchBenchmark {
  private static final ObjectMapper JSON = new ObjectMapper();

  private PickSearchBenchmark() {
  }

  public static void main(String[] args) throws Exception {
    int count = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int requestCount = args.length > 1 ? Integer.parseInt(args[1]) : 300;
    String model = args.length > 2 ? args[2] : null;
    Path dir = Files.createTempDirectory("hfmine-pick-bench");
    try {
      run(count, requestCount, model, dir);
    } finally {
      DirectoryTree.delete(dir);
    }
  }

  private static void run(int count, int requestCount, String model, Path dir) throws Exception {
    System.out.printf(Locale.ROOT, "pick-search: %,d synthetic models (cards in Trainer, model-card-template, README and "
        + "one-line shapes), %d requests, %d processor(s), load average %.1f%n", count, requestCount,
        Runtime.getRuntime().availableProcessors(), ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    System.out.println("JVM: " + BenchJvm.describe() + ", max heap "
        + Runtime.getRuntime().maxMemory() / (1 << 20) + " MB");
    List<SyntheticCatalog.Model> catalog = SyntheticCatalog.generate(count, 20_260_101L);
    long setup = System.nanoTime();
    try (Store store = Store.openIn(dir)) {
      fill(store, catalog);
      System.out.printf(Locale.ROOT, "  setup          %6.1f s  (catalog and cards written to the store; not measured)%n",
          seconds(System.nanoTime() - setup));
      catalog = null;
      PickSettings defaults = Config.defaults().section("pick", PickSettings.class).validated();
      PickSettings.Embedding e = defaults.embedding();
      // A table directory of this run's own, so a static table is distilled (and timed) every run.
      PickSettings settings = defaults.withEmbedding(new PickSettings.Embedding(model == null ? e.model() : model,
          e.attributes(), e.maxChars(), e.maxTokens(), dir.resolve("tables").toString())).validated();
      SentenceEmbedder embedder = settings.embedding().embedder(dir, Progress.Factory.NONE);
      // A static table is distilled once per table directory (this run's is new): timed on its own.
      Phase loading = Phase.start();
      embedder.load();
      embedder.embed("warm up the embedding model");
      System.out.println("embedding: " + embedder.name() + ", texts of " + settings.embedding().attributes()
          + " up to " + settings.embedding().maxChars() + " characters and " + settings.embedding().maxTokens()
          + " word pieces");
      loading.print("model loaded", embedder instanceof StaticEmbedder
          ? "static table distilled from the model (once per table directory; not part of any index)"
          : "the ONNX session started (once per process)");
      BenchJvm.awaitJitQuiet();
      try (ModelSearch search = new ModelSearch(store, dir, settings, new CardFrontMatter(262_144, 32), embedder);
           HeapSampler heap = new HeapSampler()) {
        Phase extraction = Phase.start();
        StoreExtraction.Report report = search.extract(false, null, Progress.NONE);
        extraction.print("extraction", "%,d models extracted (rules, no LLM)".formatted(report.extracted()));

        Phase cold = Phase.start();
        ModelSearch.IndexStatus built = search.ensureIndex(true, Progress.Factory.NONE);
        cold.print("index (cold)", "%,d texts embedded, %,d from the cache; Lucene fields and int8 vectors"
            .formatted(built.build().embedded(), built.build().cached()));
        extraction.print("first index", "extraction and cold index together   (target <= 120 s)");

        store.transaction(connection -> {
          try (PreparedStatement touch = connection.prepareStatement(
              "UPDATE models SET fetched_at = fetched_at + INTERVAL 1 SECOND")) {
            touch.executeUpdate();
          }
          return null;
        });
        Phase warm = Phase.start();
        ModelSearch.IndexStatus rebuilt = search.ensureIndex(false, Progress.Factory.NONE);
        warm.print("index (warm)", "after a sync that changed nothing: %,d extracted again, %,d embedded, %,d from the cache"
            .formatted(rebuilt.extraction().extracted(), rebuilt.build().embedded(), rebuilt.build().cached())
            + "   (target <= 120 s)");

        printTextLengths(search, settings, embedder);
        List<SynthesizedRequest> requests = requests(search, settings, requestCount);
        for (SynthesizedRequest request : requests.subList(0, Math.min(20, requests.size()))) {
          search.pick(request.request(), 10, false);
        }
        long[] nanos = new long[requests.size()];
        // A request runs on the calling thread (the embedding model too), so its thread's CPU time is
        // its latency on an idle core, whatever load other processes put on the machine.
        long[] threadCpu = new long[requests.size()];
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpuBefore = cpuNanos();
        for (int i = 0; i < requests.size(); i++) {
          long started = System.nanoTime();
          long threadStarted = threads.getCurrentThreadCpuTime();
          search.pick(requests.get(i).request(), 10, false);
          threadCpu[i] = threads.getCurrentThreadCpuTime() - threadStarted;
          nanos[i] = System.nanoTime() - started;
        }
        long cpu = cpuNanos() - cpuBefore;
        Arrays.sort(nanos);
        Arrays.sort(threadCpu);
        System.out.printf(Locale.ROOT, "  requests       p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms; %.0f ms CPU per "
            + "request   (target p95 <= 200 ms)%n", millis(percentile(nanos, 0.5)), millis(percentile(nanos, 0.95)),
            millis(percentile(nanos, 0.99)), millis(nanos[nanos.length - 1]), cpu / 1e6 / nanos.length);
        System.out.printf(Locale.ROOT, "  request CPU    p50 %.0f ms, p95 %.0f ms, p99 %.0f ms, max %.0f ms (the answering "
            + "thread's CPU time: the latency on an idle core)%n", millis(percentile(threadCpu, 0.5)),
            millis(percentile(threadCpu, 0.95)), millis(percentile(threadCpu, 0.99)), millis(threadCpu[threadCpu.length - 1]));
        System.out.printf(Locale.ROOT, "  heap           peak %,d MB during the run; %,d MB held with the index open "
            + "(facts and int8 vectors of every model)%n", heap.peakBytes() >> 20, retainedMegabytes());
        System.out.printf(Locale.ROOT, "  index          %,d models, %,d MB on disk%n", search.index().size(),
            DirectorySize.megabytes(dir.resolve(settings.indexDir())));
      }
    }
  }

  // The model's time grows with the word pieces of a text: their count on a sample of the catalog.
  private static void printTextLengths(ModelSearch search, PickSettings settings, SentenceEmbedder embedder) {
    EmbeddedText text = new EmbeddedText(settings.embedding().attributes(), settings.embedding().maxChars());
    List<Integer> pieces = new ArrayList<>();
    search.forEachModel(model -> {
      if (pieces.size() < 5_000) {
        pieces.add(embedder instanceof OnnxEmbedder onnx ? onnx.tokens(text.of(model))
            : ((StaticEmbedder) embedder).pieces(text.of(model)).length);
      }
    });
    int[] sorted = pieces.stream().mapToInt(Integer::intValue).sorted().toArray();
    System.out.printf(Locale.ROOT, "  embedded text  %.1f word pieces on average (p50 %d, p90 %d, max %d; first %,d models)%n",
        Arrays.stream(sorted).average().orElse(0), sorted[sorted.length / 2], sorted[(int) (sorted.length * 0.9)],
        sorted[sorted.length - 1], sorted.length);
  }

  private static List<SynthesizedRequest> requests(ModelSearch search, PickSettings settings, int count) {
    List<String> eligible = new ArrayList<>();
    search.forEachModel(model -> {
      if (RequestSynthesizer.eligible(model, settings.evaluation().minFunctionWords(),
          settings.evaluation().minSourceDownloads())) {
        eligible.add(model.modelId());
      }
    });
    List<ModelMetadata> sources = RequestSynthesizer.sample(eligible, count, 11).stream()
        .map(id -> search.attributes(id).orElseThrow()).toList();
    Paraphrases paraphrases = Paraphrases.load(settings.evaluation().paraphrases());
    return new RequestSynthesizer(search.requests(), search.licenses(), settings,
        new RuleInfill(paraphrases, settings.evaluation().maskShare())).synthesize(sources, 11);
  }

  // Models through the catalog's own upsert; cards set-wise from one JSON parameter per chunk.
  private static void fill(Store store, List<SyntheticCatalog.Model> catalog) {
    Instant now = Instant.parse("2026-06-01T00:00:00Z");
    for (int start = 0; start < catalog.size(); start += 2_000) {
      List<SyntheticCatalog.Model> chunk = catalog.subList(start, Math.min(catalog.size(), start + 2_000));
      store.transaction(connection -> {
        ModelCatalog.upsert(connection, chunk.stream().map(SyntheticCatalog.Model::record).toList(), "bench", now);
        ArrayNode rows = JSON.createArrayNode();
        for (SyntheticCatalog.Model model : chunk) {
          ModelRecord record = model.record();
          rows.addObject().put("id", record.id()).put("status", model.card() == null ? "missing" : "ok")
              .put("text", model.card()).put("sha", model.card() == null ? null : Hashes.sha256(model.card()));
        }
        try (PreparedStatement insert = connection.prepareStatement("""
            INSERT INTO model_cards (model_id, status, text, byte_length, sha256, fetched_at)
            SELECT r.id, r.status, r.text, length(r.text), r.sha, TIMESTAMP '2026-06-01 00:00:00'
            FROM (SELECT unnest(from_json(CAST(? AS JSON), '[{"id": "VARCHAR", "status": "VARCHAR", "text": "VARCHAR",
                    "sha": "VARCHAR"}]')) AS r)""")) {
          insert.setString(1, JSON.writeValueAsString(rows));
          insert.executeUpdate();
        }
        return null;
      });
    }
  }

  /** Wall and process CPU time of one phase. */
  private record Phase(long wall, long cpu) {
    static Phase start() {
      return new Phase(System.nanoTime(), cpuNanos());
    }

    void print(String name, String detail) {
      System.out.printf(Locale.ROOT, "  %-14s %6.1f s wall, %6.1f s CPU  %s%n", name, seconds(System.nanoTime() - wall),
          seconds(cpuNanos() - cpu), detail);
    }
  }

  private static long cpuNanos() {
    return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean()).getProcessCpuTime();
  }

  private static long retainedMegabytes() {
    System.gc();
    Runtime runtime = Runtime.getRuntime();
    return (runtime.totalMemory() - runtime.freeMemory()) >> 20;
  }

  private static long percentile(long[] sorted, double quantile) {
    return sorted[Math.min(sorted.length - 1, (int) Math.ceil(quantile * sorted.length) - 1)];
  }

  private static double seconds(long nanos) {
    return nanos / 1e9;
  }

  private static double millis(long nanos) {
    return nanos / 1e6;
  }

  /** Size of a directory tree. */
  private static final class DirectorySize {
    static long megabytes(Path root) throws java.io.IOException {
      try (var walk = Files.walk(root)) {
        return walk.filter(Files::isRegularFile).mapToLong(path -> path.toFile().length()).sum() >> 20;
      }
    }
  }
}
