package io.hfmine.bench;

import io.hfmine.analyzers.patterns.GroupPatterns;
import io.hfmine.analyzers.patterns.PatternBuilder;
import io.hfmine.analyzers.patterns.PatternMiner;
import io.hfmine.analyzers.patterns.PatternSettings;
import io.hfmine.analyzers.patterns.Usage;
import io.hfmine.analyzers.patterns.UsagePattern;
import io.hfmine.analyzers.patterns.synthetic.PlantedUsages;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.progress.Progress;
import io.hfmine.datasets.store.Store;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.sql.PreparedStatement;
import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import smile.validation.metric.AdjustedRandIndex;
import smile.validation.metric.NormalizedMutualInformation;

/**
 * Clusters 100,000 usages of one model with planted patterns, with the shipped configuration
 * (k-means, k chosen by silhouette), and prints wall time, peak heap and agreement with the plant.
 *
 * <p>Arguments: {@code [usages] [patterns] [seed]} (default 100000 8 7).
 */
public final class PatternClusteringBenchmark {
  private PatternClusteringBenchmark() {
  }

  public static void main(String[] args) {
    int n = args.length > 0 ? Integer.parseInt(args[0]) : 100_000;
    int planted = args.length > 1 ? Integer.parseInt(args[1]) : 8;
    long seed = args.length > 2 ? Long.parseLong(args[2]) : 7;
    // Smile logs every k-means iteration at INFO; the figures are what this prints.
    ((ch.qos.logback.classic.Logger) org.slf4j.LoggerFactory.getLogger("smile")).setLevel(ch.qos.logback.classic.Level.WARN);
    PatternSettings settings = Config.defaults().section("patterns", PatternSettings.class).validated();

    List<PlantedUsages.Planted> generated = PlantedUsages.generate("org/model", n, planted, seed);
    List<Usage> usages = generated.stream().map(PlantedUsages.Planted::usage).toList();
    int[] truth = generated.stream().mapToInt(PlantedUsages.Planted::pattern).toArray();
    System.gc();
    resetPeaks();
    long baseline = heapUsed();

    long start = System.nanoTime();
    GroupPatterns group = new PatternMiner(settings).mine(PatternSettings.GroupBy.MODEL, "org/model", usages);
    double seconds = (System.nanoTime() - start) / 1e9;
    long peak = peakHeap();

    Map<String, Integer> label = new HashMap<>();
    for (UsagePattern pattern : group.patterns()) {
      for (UsagePattern.Neighbour member : pattern.members()) {
        label.put(member.usage().usageId(), pattern.number());
      }
    }
    int[] found = usages.stream().mapToInt(usage -> label.getOrDefault(usage.usageId(), 0)).toArray();
    double ari = AdjustedRandIndex.of(truth, found);
    double nmi = NormalizedMutualInformation.joint(truth, found);

    System.out.printf(Locale.ROOT, "pattern-clustering: %,d usages in one group, %d planted patterns, seed %d, %d cores%n",
        n, planted, seed, Runtime.getRuntime().availableProcessors());
    System.out.printf(Locale.ROOT, "  settings        kmeans k in [%d, %d], %d runs per k, k chosen on %,d usages,"
            + " silhouette on %,d, max %d dimensions%n", settings.kmeans().kMin(), settings.kmeans().kMax(),
        settings.kmeans().runs(), settings.kmeans().selectionSample(), settings.silhouette().sampleLimit(),
        settings.kmeans().maxDimensions());
    System.out.printf(Locale.ROOT, "  silhouette by k %s%n", format(group.silhouetteByK()));
    System.out.printf(Locale.ROOT, "  chosen k        %d (planted %d)%n", group.chosenK(), planted);
    System.out.printf(Locale.ROOT, "  wall time       %.1f s   (target <= 300 s; features, choice of k, final fit,"
        + " medoids and neighbours)%n", seconds);
    System.out.printf(Locale.ROOT, "  peak heap       %,d MB   (target <= 2,048 MB; %,d MB held before, usages"
        + " included; -Xmx %,d MB)%n", peak / 1_000_000, baseline / 1_000_000,
        Runtime.getRuntime().maxMemory() / 1_000_000);
    System.out.printf(Locale.ROOT, "  adjusted Rand   %.4f   (target >= 0.9)%n", ari);
    System.out.printf(Locale.ROOT, "  NMI             %.4f%n", nmi);
    System.out.printf(Locale.ROOT, "  silhouette      %.4f   coverage %.4f   succinctness %.4f%n", group.silhouette(),
        group.coverage(), group.succinctness());
    group = null;
    storeRoundTrip(usages, settings);
  }

  /** The same group through `patterns build`: read from the usages table, mined, written back. */
  private static void storeRoundTrip(List<Usage> usages, PatternSettings settings) {
    try (Store store = Store.inMemory()) {
      long start = System.nanoTime();
      store.transaction(connection -> {
        // Multi-row VALUES lists: DuckDB runs a JDBC batch one row at a time.
        final int rowsPerStatement = 500;
        for (int from = 0; from < usages.size(); from += rowsPerStatement) {
          List<Usage> chunk = usages.subList(from, Math.min(usages.size(), from + rowsPerStatement));
          StringBuilder sql = new StringBuilder("INSERT INTO usages (usage_id, repository, path, blob_sha, language,"
              + " line, col, library, api, kind, model_literal, model_id, resolution, keyword_args, api_sequence,"
              + " snippet, extracted_at) VALUES ");
          for (int i = 0; i < chunk.size(); i++) {
            sql.append(i == 0 ? "" : ", ")
                .append("(?, ?, ?, 'sha', 'python', ?, 0, ?, ?, ?, ?, ?, 'literal', ?, ?, ?, now())");
          }
          try (PreparedStatement insert = connection.prepareStatement(sql.toString())) {
            int p = 1;
            for (Usage usage : chunk) {
              insert.setString(p++, usage.usageId());
              insert.setString(p++, usage.repository());
              insert.setString(p++, usage.path());
              insert.setInt(p++, usage.line());
              insert.setString(p++, usage.library());
              insert.setString(p++, usage.api());
              insert.setString(p++, usage.kind());
              insert.setString(p++, usage.modelId());
              insert.setString(p++, usage.modelId());
              insert.setArray(p++, connection.createArrayOf("VARCHAR", usage.keywordArgs().toArray()));
              insert.setArray(p++, connection.createArrayOf("VARCHAR", usage.apiSequence().toArray()));
              insert.setString(p++, usage.snippet());
            }
            insert.executeUpdate();
          }
        }
        return null;
      });
      double loading = (System.nanoTime() - start) / 1e9;
      start = System.nanoTime();
      PatternBuilder.Report report = new PatternBuilder(store, settings, null, Clock.systemUTC())
          .build(List.of(), Progress.NONE);
      double building = (System.nanoTime() - start) / 1e9;
      System.out.printf(Locale.ROOT, "  patterns build  %.1f s   (in-memory store: read %,d usages, mine, write %d patterns"
          + " and %,d members; loading the usages table took %.1f s)%n", building, usages.size(),
          report.groups().get(0).patterns(), usages.size(), loading);
    }
  }

  private static String format(Map<Integer, Double> byK) {
    StringBuilder text = new StringBuilder();
    byK.forEach((k, value) -> text.append(String.format(Locale.ROOT, "%d:%.3f ", k, value)));
    return text.toString().strip();
  }

  private static void resetPeaks() {
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        pool.resetPeakUsage();
      }
    }
  }

  private static long peakHeap() {
    long peak = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP) {
        peak += pool.getPeakUsage().getUsed();
      }
    }
    return peak;
  }

  private static long heapUsed() {
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }
}
