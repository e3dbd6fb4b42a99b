package io.hfmine.analyzers.setasks;

import io.hfmine.analyzers.setasks.taxonomy.SeTaxonomy;
import io.hfmine.datasets.arxiv.ArxivSettings;
import io.hfmine.datasets.config.Config;
import io.hfmine.datasets.hf.DatasetListingSettings;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** The {@code se-tasks} configuration section (documented inline in {@code config/hfmine.yaml}). */
public record SeTaskSettings(String taxonomy, List<String> kinds, List<String> ruleOrigins, int threads, int batchSize,
    int lemmaCacheWords, double dedupThreshold, DatasetListingSettings datasets, ArxivSettings arxiv,
    Confirmation confirmation, Map<String, List<String>> benchmarks) {

  /** The Hub item kinds the classification knows. */
  public static final List<String> KINDS = List.of("model", "dataset");

  public SeTaskSettings {
    kinds = kinds == null ? List.of() : List.copyOf(kinds);
    ruleOrigins = ruleOrigins == null ? List.of() : List.copyOf(ruleOrigins);
    benchmarks = benchmarks == null ? Map.of() : new LinkedHashMap<>(benchmarks);
    for (String kind : kinds) {
      if (!KINDS.contains(kind)) {
        throw new IllegalArgumentException("se-tasks.kinds: unknown kind '" + kind + "'; use model and/or dataset");
      }
    }
    if (threads < 1 || batchSize < 1 || lemmaCacheWords < 1) {
      throw new IllegalArgumentException("se-tasks.threads, batch-size and lemma-cache-words must be at least 1");
    }
    if (dedupThreshold <= 0 || dedupThreshold > 1) {
      throw new IllegalArgumentException("se-tasks.dedup-threshold must be in (0, 1]; got " + dedupThreshold);
    }
    if (datasets == null || arxiv == null || confirmation == null) {
      throw new IllegalArgumentException("se-tasks needs its datasets, arxiv and confirmation sections");
    }
  }

  /** The LLM confirmation step and the validation of its prompt. */
  public record Confirmation(boolean enabled, String promptDir, int maxTextChars, int maxTokens, double kappaThreshold,
      double confidence, double margin, long seed) {
    public Confirmation {
      if (!(confidence > 0 && confidence < 1) || !(margin > 0 && margin < 1)) {
        throw new IllegalArgumentException("se-tasks.confirmation: confidence and margin must be between 0 and 1");
      }
      if (maxTextChars < 100 || maxTokens < 1) {
        throw new IllegalArgumentException("se-tasks.confirmation: max-text-chars >= 100 and max-tokens >= 1");
      }
    }
  }

  public static SeTaskSettings from(Config config) {
    return config.section("se-tasks", SeTaskSettings.class);
  }

  public SeTaxonomy loadTaxonomy() {
    return SeTaxonomy.load(taxonomy);
  }

  public Set<String> ruleOriginSet() {
    return Set.copyOf(ruleOrigins);
  }
}
